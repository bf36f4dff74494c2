import { getPlatform } from '../../platform/api';

/**
 * Whether the 程序锁 is closed, for the parts of the page outside the gate (menu commands) and for
 * main, which refuses saving, printing and opening folders while it is (see electron/main/lock-state.ts).
 */
let locked = false;

export function isAppLocked(): boolean {
  return locked;
}

export function setAppLocked(value: boolean): void {
  if (locked === value) return;
  locked = value;
  // Main's copy: best effort (browser mode has no main process).
  void getPlatform()
    .setLocked(value)
    .catch(() => undefined);
}
