/**
 * Whether the page's 程序锁 is closed. The page reports it (`app:set-locked`); while it is closed main
 * refuses the requests that would put data on paper, on a disk or in front of someone (save, export,
 * print, open a folder or a stored file) and ignores menu commands. Automatic and exit backups go on:
 * they write only into the app's own data folder.
 */
let locked = false;

export function isAppLocked(): boolean {
  return locked;
}

export function setAppLocked(value: boolean): void {
  locked = value;
}
