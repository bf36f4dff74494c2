import Dexie from 'dexie';
import type { IndexableType } from 'dexie';
import type { LedgerDatabase } from '../database';
import type { MemberYear } from '../repositories/study-summary-repository';
import { recomputeStudySummaries } from '../repositories/study-summary-repository';
import { tablePages } from '../table-pages';
import type { Tombstone } from '../../domain/entities/tombstone';

/**
 * Rows whose `updatedAt` lies after `now` (the moment the backup was made, or this PC's time if that is
 * earlier: another PC's clock was wrong) get that time, so they cannot win every merge from now on.
 * Returns how many were clamped; the restore reports it.
 */
export async function clampFutureUpdatedAt(db: LedgerDatabase, now: string): Promise<number> {
  let clamped = 0;
  for (const table of db.tables) {
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') continue;
    const ids: IndexableType[] = [];
    for await (const page of tablePages(table)) {
      for (const row of page as { updatedAt?: unknown }[]) {
        if (typeof row.updatedAt === 'string' && row.updatedAt > now)
          ids.push(Dexie.getByKeyPath(row, keyPath) as IndexableType);
      }
    }
    if (ids.length === 0) continue;
    clamped += ids.length;
    await db.transaction('rw', table, async () => {
      for (const id of ids) await table.update(id, { updatedAt: now });
    });
  }
  return clamped;
}

/**
 * Deletes from the merged store every record either side purged (its tombstone came from the backup
 * or from this PC), and recounts the yearly summaries of attendance that went with them.
 */
export async function applyTombstones(db: LedgerDatabase): Promise<number> {
  let removed = 0;
  const memberYears: MemberYear[] = [];
  const byTable = new Map<string, string[]>();
  for await (const page of tablePages(db.tombstones)) {
    for (const stone of page as Tombstone[])
      byTable.set(stone.tableName, [...(byTable.get(stone.tableName) ?? []), stone.recordId]);
  }
  for (const [tableName, ids] of byTable) {
    if (!db.tables.some((table) => table.name === tableName)) continue;
    const table = db.table(tableName);
    const present = (await table.bulkGet(ids)).filter((row): row is Record<string, unknown> => row !== undefined);
    if (present.length === 0) continue;
    if (tableName === 'attendance') {
      for (const row of present) {
        if (typeof row['memberId'] === 'string' && typeof row['date'] === 'string') {
          memberYears.push({ memberId: row['memberId'], year: Number(row['date'].slice(0, 4)) });
        }
      }
    }
    await table.bulkDelete(present.map((row) => row['id'] as string));
    removed += present.length;
  }
  await recomputeStudySummaries(db, memberYears);
  return removed;
}
