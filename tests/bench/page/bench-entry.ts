import { DATABASE_NAME, LedgerDatabase } from '../../../renderer/src/db/database';
import { runBackup, runRestore } from './backup';
import { runExchange } from './exchange';
import type { BenchApi, Capabilities } from './bench-api';
import { minimalBackup } from './minimal-zip';
import {
  deleteDatabase,
  openRaw,
  readAll,
  shapeOf,
  timedIndexRead,
  timedPutLoop,
  timedRelaxedBulkWrite,
} from './raw-indexeddb';
import { overviewPlan, signInPlan, timeYearlyCheckData, yearlyCheckPlan, yearlyCheckRows } from './page-plans';
import { studyRecordBatch } from './study-records';
import { importRoster } from './roster-import';
import { searchExpectations, searchKeystrokes, searchTyping } from './search';
import { seedScale } from './seed';
import { longestTaskSince } from './long-tasks';

/** The app's store, opened with the app's own Dexie schema. */
async function withAppDatabase<T>(work: (db: LedgerDatabase) => Promise<T>): Promise<T> {
  const db = new LedgerDatabase(DATABASE_NAME);
  await db.open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function counts(databaseName: string = DATABASE_NAME): Promise<Record<string, number>> {
  const db = await openRaw(databaseName);
  try {
    const names = [...db.objectStoreNames];
    const result: Record<string, number> = {};
    if (names.length === 0) return result;
    const transaction = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const req = transaction.objectStore(name).count();
            req.onsuccess = () => {
              result[name] = req.result;
              resolve();
            };
            req.onerror = () => reject(req.error ?? new Error('计数失败'));
          }),
      ),
    );
    return result;
  } finally {
    db.close();
  }
}

/**
 * Reads the records (untimed), then writes them into a store of the same shape (timed): a bare put loop
 * in one transaction, and (when asked) the fastest raw write, relaxed batches.
 */
async function rawCopyWrite(
  sourceDatabase: string,
  stores?: readonly string[],
  withRelaxed = false,
): Promise<{ ms: number; relaxedMs?: number; records: number }> {
  const source = await openRaw(sourceDatabase);
  let shape;
  const records = new Map<string, unknown[]>();
  try {
    shape = shapeOf(source, stores);
    for (const store of shape) records.set(store.name, await readAll(source, store.name));
  } finally {
    source.close();
  }
  const total = [...records.values()].reduce((sum, rows) => sum + rows.length, 0);
  const ms = await timedPutLoop(shape, records);
  if (!withRelaxed) return { ms, records: total };
  return { ms, relaxedMs: await timedRelaxedBulkWrite(shape, records), records: total };
}

const capabilities: Capabilities = {
  generator: true,
  rosterImport: true,
  search: true,
  studyRecordDocx: true,
  backup: true,
  restore: true,
  overviewWarnings: true,
  yearlyCheckData: true,
  yearlyCheck: true,
  signInPreview: true,
};

const bench: BenchApi = {
  capabilities,
  databaseName: DATABASE_NAME,
  longestTaskSince,
  counts,
  deleteDatabase,
  seed: (scale) =>
    withAppDatabase((db) => seedScale(db, scale)).catch((error: unknown) => {
      // Errors lose their class crossing into Node: say what and where in plain text.
      const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
      throw new Error(`生成数据失败：${detail}`);
    }),
  rawCopyWrite,
  rawIndexRead: timedIndexRead,
  rawBackup: minimalBackup,
  importRoster: (rows, format = 'xlsx') =>
    withAppDatabase((db) => importRoster(db, rows, longestTaskSince, rawCopyWrite, format)),
  overviewPlan,
  yearlyCheckPlan,
  signInPlan: (attendees) => withAppDatabase((db) => signInPlan(db, attendees)),
  studyRecordBatch: (documents) => withAppDatabase((db) => studyRecordBatch(db, documents, longestTaskSince)),
  yearlyCheckData: () => withAppDatabase(timeYearlyCheckData),
  yearlyCheckRows: () => yearlyCheckRows(Number(new Date().toISOString().slice(0, 4))),
  searchTyping: () => withAppDatabase(searchTyping),
  searchKeystrokes: (typing) => withAppDatabase((db) => searchKeystrokes(db, typing)),
  searchExpectations: (typing) => withAppDatabase((db) => searchExpectations(db, typing)),
  exchange: () => withAppDatabase((db) => runExchange(db, longestTaskSince)),
  backup: runBackup,
  restore: async () => {
    const run = await runRestore();
    const raw = await rawCopyWrite(DATABASE_NAME, undefined, true);
    return { ...run, rawWriteMs: raw.relaxedMs ?? Number.NaN, putLoopMs: raw.ms };
  },
};

window.bench = bench;
