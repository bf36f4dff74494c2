import { readActivePointer, switchActiveDatabase } from '../../../renderer/src/db/active-database';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/versions';
import { createBackup } from '../../../renderer/src/io/backup/write-backup';
import { restoreBackup } from '../../../renderer/src/io/backup/restore-backup';
import type { BackupRun, RestoreRun } from './bench-api';
import { deleteDatabase } from './raw-indexeddb';
import { longestTaskSince } from './long-tasks';

/** Replaced by the bench page's Vite build, as in the app. */
declare const __APP_VERSION__: string;

let lastBackup: Uint8Array | null = null;

function heapMb(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory === undefined ? null : memory.usedJSHeapSize / 2 ** 20;
}

/** The app's own backup of the active store, as the 数据与备份 page makes it, kept in memory for `restore`. */
export async function runBackup(): Promise<BackupRun> {
  lastBackup = null;
  const { name } = await readActivePointer();
  const db = new LedgerDatabase(name);
  await db.open();
  let peak = heapMb() ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, heapMb() ?? 0)), 50);
  try {
    const start = performance.now();
    const result = await createBackup(db, {
      appVersion: __APP_VERSION__,
      schemaVersion: LATEST_SCHEMA_VERSION,
      onProgress: () => (peak = Math.max(peak, heapMb() ?? 0)),
    });
    const ms = performance.now() - start;
    peak = Math.max(peak, heapMb() ?? 0);
    lastBackup = result.bytes;
    const rows = Object.values(result.manifest.tables).reduce((sum, table) => sum + table.count, 0);
    return {
      ms,
      bytes: result.bytes.length,
      rows,
      longestTaskMs: longestTaskSince(start),
      peakHeapMb: heapMb() === null ? null : peak,
    };
  } finally {
    clearInterval(sampler);
    db.close();
  }
}

async function countsOf(name: string): Promise<Record<string, number>> {
  const db = new LedgerDatabase(name, undefined, { logChanges: false });
  await db.open();
  try {
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    return counts;
  } finally {
    db.close();
  }
}

/**
 * Restores the last backup with 整体恢复 (a new database, then the pointer switch), checks every
 * table's count against the original, then points the app back at the original and drops the copy,
 * so the cached profile stays as generated.
 */
export async function runRestore(): Promise<Omit<RestoreRun, 'rawWriteMs'>> {
  if (lastBackup === null) throw new Error('先运行备份');
  const pointer = await readActivePointer();
  const current = new LedgerDatabase(pointer.name);
  await current.open();
  const start = performance.now();
  let restoredName: string;
  let rows: number;
  try {
    const result = await restoreBackup(current, lastBackup, { mode: 'replace' });
    restoredName = result.databaseName;
    rows = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  } finally {
    current.close();
  }
  const ms = performance.now() - start;
  const longestTaskMs = longestTaskSince(start);
  const [before, after] = await Promise.all([countsOf(pointer.name), countsOf(restoredName)]);
  const identical = Object.keys(before).every((table) => table === 'changeLog' || before[table] === after[table]);
  await switchActiveDatabase(pointer.name, pointer.previous ?? pointer.name);
  await deleteDatabase(restoredName);
  return { ms, rows, longestTaskMs, identical };
}
