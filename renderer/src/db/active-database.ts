import Dexie from 'dexie';
import type { Table } from 'dexie';
import { DATABASE_NAME } from './database';

/**
 * Which IndexedDB database holds the office's data. A restore writes a whole new database and then
 * switches this pointer in one tiny write, so a restore interrupted at any moment leaves the pointer
 * on the old, whole database.
 */
export interface ActivePointer {
  key: 'active';
  name: string;
  /** The database in use before the last restore, kept whole until the next restore (恢复前的数据). */
  previous?: string;
  switchedAt?: string;
}

export const META_DATABASE_NAME = `${DATABASE_NAME}-meta`;
/** Databases a restore creates: `party-edu-ledger-r<time>`. */
export const RESTORED_PREFIX = `${DATABASE_NAME}-r`;

class MetaDatabase extends Dexie {
  pointers!: Table<ActivePointer, string>;
  constructor() {
    super(META_DATABASE_NAME);
    this.version(1).stores({ pointers: 'key' });
  }
}

async function withMeta<T>(work: (meta: MetaDatabase) => Promise<T>): Promise<T> {
  const meta = new MetaDatabase();
  try {
    return await work(meta);
  } finally {
    meta.close();
  }
}

export function readActivePointer(): Promise<ActivePointer> {
  return withMeta(async (meta) => (await meta.pointers.get('active')) ?? { key: 'active', name: DATABASE_NAME });
}

/** The one atomic step of a restore: from here on the app opens `name`. */
export async function switchActiveDatabase(name: string, previous: string): Promise<void> {
  await withMeta((meta) => meta.pointers.put({ key: 'active', name, previous, switchedAt: new Date().toISOString() }));
}

export function newRestoreDatabaseName(now = Date.now()): string {
  return `${RESTORED_PREFIX}${now}`;
}

/**
 * What interrupted restores left behind and databases older than the kept previous one. Never the
 * active or previous database, read afresh here since another window may have switched them, nor
 * `keep` (the database this window opened, those some window is writing). See sweepStaleDatabases,
 * which runs this at start when no restore runs in any window.
 */
export async function findStaleDatabases(keep: Iterable<string> = []): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const pointer = await readActivePointer();
  const kept = new Set([pointer.name, pointer.previous, META_DATABASE_NAME, ...keep]);
  return (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => (name === DATABASE_NAME || name.startsWith(RESTORED_PREFIX)) && !kept.has(name));
}

export async function deleteDatabases(names: readonly string[]): Promise<void> {
  for (const name of names) await Dexie.delete(name);
}

/**
 * 撤销恢复: points the app back at the database in use before the last restore (kept whole until the
 * next restore). Returns false when there is none. The caller reloads the app.
 */
export async function undoLastRestore(): Promise<boolean> {
  const pointer = await readActivePointer();
  if (pointer.previous === undefined || pointer.previous === pointer.name) return false;
  await switchActiveDatabase(pointer.previous, pointer.name);
  return true;
}
