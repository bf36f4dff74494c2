import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { switchActiveDatabase } from '../../../../renderer/src/db/active-database';
import { DATABASE_NAME, LedgerDatabase } from '../../../../renderer/src/db/database';
import { deleteDatabase, uniqueDatabaseName } from '../../db/schema-harness';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import type { BackupOptions } from '../../../../renderer/src/io/backup/write-backup';
import { createBackup } from '../../../../renderer/src/io/backup/write-backup';
import { tablePages } from '../../../../renderer/src/db/table-pages';

export const NOW = '2024-05-01T08:00:00.000Z';

export function member(id: string, name: string, updatedAt = NOW) {
  return {
    id,
    name,
    idNumber: '11010519491231002X',
    branchId: 'b1',
    birthDate: '1949-12-31',
    createdAt: NOW,
    updatedAt,
  };
}

/** A small store with a row in several tables, a soft-deleted record and an attached file. */
export async function seedStore(db: LedgerDatabase): Promise<void> {
  await db.settings.put({ key: 'office', value: { officeName: '中共幸福社区委员会' }, updatedAt: NOW });
  await db.orgUnits.put({
    id: 'b1',
    kind: 'branch',
    name: '第一党支部',
    order: 1,
    createdAt: NOW,
    updatedAt: NOW,
  } as never);
  await db.members.bulkPut([member('m1', '张三'), { ...member('m2', '李四'), deletedAt: NOW }] as never);
  await db.attendance.bulkPut(
    Array.from({ length: 25 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      activityId: 'act1',
      memberId: 'm1',
      date: '2024-04-01',
      hours: 1,
      status: 'present',
      createdAt: NOW,
      updatedAt: NOW,
    })) as never,
  );
  await db.files.put({
    id: 'f1',
    name: '会议记录.txt',
    mimeType: 'text/plain',
    size: 6,
    blob: new Blob(['会议'], { type: 'text/plain' }),
    createdAt: NOW,
    updatedAt: NOW,
  });
}

export function backupOf(db: Dexie, options: Partial<BackupOptions> = {}) {
  return createBackup(db, { appVersion: 'test', schemaVersion: LATEST_SCHEMA_VERSION, rowsPerPart: 10, ...options });
}

/** Every table as plain data, Blobs as their text: what "the same data" means in these tests. */
export async function dumpAll(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows: unknown[] = [];
    for await (const page of tablePages(table)) {
      for (const row of page) {
        const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
        for (const [key, value] of Object.entries(copy)) {
          if (value instanceof Blob) copy[key] = `blob:${value.type}:${await value.text()}`;
        }
        rows.push(copy);
      }
    }
    dump[table.name] = rows;
  }
  return dump;
}

/** Rewrites one entry of a backup zip (keeping the manifest), as someone editing the file would. */
export function editEntry(bytes: Uint8Array, name: string, edit: (text: string) => string): Uint8Array {
  const entries = unzipSync(bytes);
  const entry = entries[name];
  if (entry === undefined) throw new Error(`no ${name}`);
  entries[name] = strToU8(edit(new TextDecoder().decode(entry)));
  return zipSync(entries);
}

/**
 * Scratch databases for one describe block: `open(prefix)` makes a fresh store, `openRestored(name)`
 * opens the store a restore wrote. After each test they are deleted and the active pointer a restore
 * moved is put back on the app's own database.
 */
export function scratchDatabases() {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await deleteDatabase(name);
    await switchActiveDatabase(DATABASE_NAME, DATABASE_NAME);
  });
  const openRestored = async (name: string) => {
    names.push(name);
    const db = new LedgerDatabase(name);
    await db.open();
    return db;
  };
  return { open: (prefix: string) => openRestored(uniqueDatabaseName(prefix)), openRestored };
}
