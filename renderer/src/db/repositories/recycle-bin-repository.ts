import type { Collection, Table } from 'dexie';
import type { LedgerDatabase } from '../database';
import { UNLOGGED_TABLES } from '../change-log/middleware';
import { logAction } from '../change-log/log-action';
import { isLive, nowIso } from '../records';
import { MemberError } from './member-repository';
import { tombstoneFor } from '../../domain/entities/tombstone';
import type { MemberYear } from './study-summary-repository';
import { recomputeStudySummaries, studySummaryTables } from './study-summary-repository';

export interface DeletedRow {
  id: string;
  deletedAt: string;
  [field: string]: unknown;
}

/** Tables that can hold soft-deleted records: every user table (present and future) but settings. */
export function recycleTables(db: LedgerDatabase): Table[] {
  return db.tables.filter((table) => table.name !== 'settings' && !UNLOGGED_TABLES.has(table.name));
}

export const RECYCLE_LIST_LIMIT = 1000;

/**
 * The table's deleted rows: by the `deletedAt` index (v8), which holds only rows that have the field, so
 * a table of live rows costs nothing. A table that has no such index yet falls back to a filtered scan.
 */
function deletedRows(db: LedgerDatabase, tableName: string): Collection {
  const table = db.table(tableName);
  if (table.schema.idxByName['deletedAt'] !== undefined) return table.where('deletedAt').aboveOrEqual('').reverse();
  return table.filter((row: { deletedAt?: unknown }) => typeof row.deletedAt === 'string');
}

export function listDeleted(db: LedgerDatabase, tableName: string): Promise<DeletedRow[]> {
  return deletedRows(db, tableName).limit(RECYCLE_LIST_LIMIT).toArray() as Promise<DeletedRow[]>;
}

export function countDeleted(db: LedgerDatabase, tableName: string): Promise<number> {
  return deletedRows(db, tableName).count();
}

/** Tables whose rows feed the yearly summaries: restoring or purging them recounts the summaries. */
const COUNTED_TABLES: ReadonlySet<string> = new Set(['attendance', 'activities']);

function memberYearsOfAttendance(rows: readonly { id: string; memberId?: unknown; date?: unknown }[]): MemberYear[] {
  return rows.flatMap((row) =>
    typeof row.memberId === 'string' && typeof row.date === 'string'
      ? [{ memberId: row.memberId, year: Number(row.date.slice(0, 4)) }]
      : [],
  );
}

/** The member-years whose summaries the given attendance rows, or the given activities' rows, count in. */
async function memberYearsOf(db: LedgerDatabase, tableName: string, rows: DeletedRow[]): Promise<MemberYear[]> {
  if (tableName === 'attendance') return memberYearsOfAttendance(rows);
  if (tableName !== 'activities' || rows.length === 0) return [];
  const attendance = await db.attendance
    .where('activityId')
    .anyOf(rows.map((row) => row.id))
    .toArray();
  return memberYearsOfAttendance(attendance);
}

function scope(db: LedgerDatabase, tableName: string): Table[] {
  return COUNTED_TABLES.has(tableName) ? [db.table(tableName), ...studySummaryTables(db)] : [db.table(tableName)];
}

/** A member comes back only if no one on file holds the same ID number (it identifies a person). */
async function assertNoIdClash(db: LedgerDatabase, rows: readonly DeletedRow[]): Promise<void> {
  for (const row of rows) {
    if (typeof row['idNumber'] !== 'string') continue;
    const clash = (await db.members.where('idNumber').equals(row['idNumber']).toArray()).find(
      (other) => other.id !== row.id && isLive(other),
    );
    if (clash !== undefined) throw new MemberError(`身份证号相同的“${clash.name}”已在名册中，不能恢复`);
  }
}

/** What a purged member's 操作日志 lines keep: who, when and what kind of change, never the person. */
export const PURGED_SUMMARY = '（该党员已彻底删除，日志中的个人信息已一并清除）';

/**
 * Purging a member also empties the snapshots of that member in the 操作日志 (个人信息保护法 art. 47:
 * personal information is deleted when its purpose is gone); the lines stay so the log has no holes.
 */
async function scrubMemberLog(db: LedgerDatabase, ids: readonly string[]): Promise<void> {
  await db.changeLog
    .where('recordId')
    .anyOf([...ids])
    .filter((line) => line.tableName === 'members')
    .modify((line) => {
      line.before = line.before === undefined ? undefined : { id: line.recordId };
      line.after = line.after === undefined ? undefined : { id: line.recordId };
      line.summary = PURGED_SUMMARY;
    });
}

export async function restoreDeleted(db: LedgerDatabase, tableName: string, ids: string[]): Promise<void> {
  await db.transaction('rw', scope(db, tableName), async () => {
    const table = db.table(tableName);
    const rows = ((await table.bulkGet(ids)) as (DeletedRow | undefined)[]).filter(
      (row): row is DeletedRow => row !== undefined,
    );
    if (tableName === 'members') await assertNoIdClash(db, rows);
    const now = nowIso();
    await table.bulkPut(
      rows.map((row) => {
        const { deletedAt: _deletedAt, ...rest } = row;
        return { ...rest, updatedAt: now };
      }),
    );
    await recomputeStudySummaries(db, await memberYearsOf(db, tableName, rows));
  });
}

/**
 * The only hard delete in the app: from the recycle bin, after the user confirmed. Returns the stored
 * names of files kept outside the store (Electron's userData/files) that the purged records pointed
 * at: the caller deletes them through the platform.
 */
export async function purgeDeleted(db: LedgerDatabase, tableName: string, ids: string[]): Promise<string[]> {
  const storedPaths: string[] = [];
  const tables = [...scope(db, tableName), db.tombstones, ...(tableName === 'members' ? [db.changeLog] : [])];
  await db.transaction('rw', tables, async () => {
    const table = db.table(tableName);
    const rows = ((await table.bulkGet(ids)) as (DeletedRow | undefined)[]).filter(
      (row): row is DeletedRow => row !== undefined && typeof row.deletedAt === 'string',
    );
    const memberYears = await memberYearsOf(db, tableName, rows);
    for (const row of rows) if (typeof row['storedPath'] === 'string') storedPaths.push(row['storedPath']);
    await table.bulkDelete(rows.map((row) => row.id));
    const purgedAt = nowIso();
    const tombstones = rows.map((row) => tombstoneFor(tableName, row.id, purgedAt));
    // A purged activity takes its attendance rows with it: none may point at a record that is gone.
    if (tableName === 'activities') {
      const attendance = db.attendance.where('activityId').anyOf(rows.map((row) => row.id));
      for (const id of await attendance.primaryKeys()) tombstones.push(tombstoneFor('attendance', id, purgedAt));
      await attendance.delete();
    }
    // A merge with an older backup must not bring these records back.
    await db.tombstones.bulkPut(tombstones);
    await recomputeStudySummaries(db, memberYears);
    if (tableName === 'members')
      await scrubMemberLog(
        db,
        rows.map((row) => row.id),
      );
  });
  await logAction(db, 'purge', `从回收站彻底删除 ${ids.length} 条`, { tableName });
  return storedPaths;
}
