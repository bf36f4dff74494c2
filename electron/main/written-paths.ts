import { app } from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The files and folders main itself wrote where the user chose (saved documents, PDFs, backups,
 * exported folders): `shell:show-in-folder` opens only these, so the page cannot make Explorer open
 * an arbitrary or network (UNC) path. Kept in userData so 最近保存的文件 still works after a restart.
 */
const MAX_KEPT = 500;
let paths: string[] | null = null;

function storeFile(): string {
  return join(app.getPath('userData'), 'written-paths.json');
}

function load(): string[] {
  if (paths !== null) return paths;
  try {
    const parsed: unknown = JSON.parse(readFileSync(storeFile(), 'utf8'));
    paths = Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    paths = [];
  }
  return paths;
}

/** A network path (\\server\share or //server/share): never opened from the page's request. */
export function isUncPath(path: string): boolean {
  return /^[\\/]{2}/.test(path);
}

export function rememberWritten(path: string): void {
  const list = load().filter((item) => item !== resolve(path));
  list.push(resolve(path));
  paths = list.slice(-MAX_KEPT);
  try {
    mkdirSync(dirname(storeFile()), { recursive: true });
    writeFileSync(storeFile(), JSON.stringify(paths), 'utf8');
  } catch {
    // Remembering is a convenience: a read-only data folder must not fail the save itself.
  }
}

export function wasWrittenByMain(path: string): boolean {
  return !isUncPath(path) && load().includes(resolve(path));
}
