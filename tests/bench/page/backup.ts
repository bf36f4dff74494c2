import { readActivePointer, switchActiveDatabase } from '../../../renderer/src/db/active-database';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { tablePages } from '../../../renderer/src/db/table-pages';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/versions';
import { blobSink } from '../../../renderer/src/io/backup/backup-sink';
import { blobSource } from '../../../renderer/src/io/backup/backup-source';
import { writeBackup } from '../../../renderer/src/io/backup/write-backup';
import { restoreBackup } from '../../../renderer/src/io/backup/restore-backup';
import type { BackupRun, RestoreRun } from './bench-api';
import { deleteDatabase } from './raw-indexeddb';
import { longestTaskSince } from './long-tasks';

/** Replaced by the bench page's Vite build, as in the app. */
declare const __APP_VERSION__: string;

/** The last backup, as the browser-mode app holds it before the download: a Blob of chunk parts. */
let lastBackup: Blob | null = null;

function heapMb(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory === undefined ? null : memory.usedJSHeapSize / 2 ** 20;
}

function heapPeak(): { sample(): void; stop(): number | null } {
  let peak = heapMb() ?? 0;
  const sample = () => (peak = Math.max(peak, heapMb() ?? 0));
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return heapMb() === null ? null : peak;
    },
  };
}

/** The app's own streamed backup of the active store, as the 数据与备份 page makes it in browser mode. */
export async function runBackup(): Promise<BackupRun> {
  lastBackup = null;
  const { name } = await readActivePointer();
  const db = new LedgerDatabase(name);
  await db.open();
  const heap = heapPeak();
  try {
    const start = performance.now();
    const sink = blobSink();
    const result = await writeBackup(db, sink, {
      appVersion: __APP_VERSION__,
      schemaVersion: LATEST_SCHEMA_VERSION,
      onProgress: () => {
        heap.sample();
      },
    });
    lastBackup = sink.blob();
    const ms = performance.now() - start;
    const rows = Object.values(result.manifest.tables).reduce((sum, table) => sum + table.count, 0);
    return { ms, bytes: result.size, rows, longestTaskMs: longestTaskSince(start), peakHeapMb: heap.stop() };
  } finally {
    heap.stop();
    db.close();
  }
}

function comparable(row: unknown): string {
  return JSON.stringify(row, (_key, value: unknown) =>
    value instanceof Blob ? { blob: value.size, type: value.type } : value,
  );
}

function isRestoreLine(row: unknown): boolean {
  return typeof row === 'object' && row !== null && (row as { action?: unknown }).action === 'restore';
}

async function* rowsOf(db: LedgerDatabase, table: string): AsyncGenerator {
  for await (const page of tablePages(db.table(table))) yield* page;
}

/**
 * Every row of every table of `restored` against `original`, in primary-key order, value by value.
 * The change log may hold one extra line: the restore's own. Returns the first difference, or null.
 */
async function firstDifference(originalName: string, restoredName: string): Promise<string | null> {
  const original = new LedgerDatabase(originalName, undefined, { logChanges: false });
  const restored = new LedgerDatabase(restoredName, undefined, { logChanges: false });
  await Promise.all([original.open(), restored.open()]);
  try {
    const names = original.tables.map((table) => table.name).sort();
    const restoredNames = restored.tables.map((table) => table.name).sort();
    if (names.join() !== restoredNames.join()) return `表不同：${names.join()} / ${restoredNames.join()}`;
    for (const name of names) {
      const left = rowsOf(original, name);
      const right = rowsOf(restored, name);
      let extraRestoreLines = 0;
      let index = 0;
      let a = await left.next();
      let b = await right.next();
      while (a.done !== true || b.done !== true) {
        if (b.done !== true && (a.done === true || comparable(a.value) !== comparable(b.value))) {
          if (name === 'changeLog' && isRestoreLine(b.value) && extraRestoreLines === 0) {
            extraRestoreLines += 1;
            b = await right.next();
            continue;
          }
        }
        if (a.done === true || b.done === true) return `表 ${name} 行数不同（第 ${index} 行起）`;
        if (comparable(a.value) !== comparable(b.value)) return `表 ${name} 第 ${index} 行不同`;
        index += 1;
        a = await left.next();
        b = await right.next();
      }
    }
    return null;
  } finally {
    original.close();
    restored.close();
  }
}

/**
 * Restores the last backup with 整体恢复 (read in slices from the Blob, a new database, then the
 * pointer switch), compares every row of every table with the original (untimed), then points the
 * app back at the original and drops the copy, so the cached profile stays as generated.
 */
export async function runRestore(): Promise<Omit<RestoreRun, 'rawWriteMs' | 'putLoopMs'>> {
  if (lastBackup === null) throw new Error('先运行备份');
  const pointer = await readActivePointer();
  const current = new LedgerDatabase(pointer.name);
  await current.open();
  const heap = heapPeak();
  const start = performance.now();
  let restoredName: string;
  let rows: number;
  try {
    const result = await restoreBackup(current, blobSource(lastBackup, 'bench.pdbak'), { mode: 'replace' });
    restoredName = result.databaseName;
    rows = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  } finally {
    current.close();
  }
  const ms = performance.now() - start;
  const peakHeapMb = heap.stop();
  const longestTaskMs = longestTaskSince(start);
  await switchActiveDatabase(pointer.name, pointer.previous ?? pointer.name);
  try {
    const difference = await firstDifference(pointer.name, restoredName);
    return { ms, rows, longestTaskMs, identical: difference === null, difference, peakHeapMb };
  } finally {
    await deleteDatabase(restoredName);
  }
}
