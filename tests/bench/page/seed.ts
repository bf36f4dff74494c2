import { LedgerDatabase } from '../../../renderer/src/db/database';
import {
  recomputeStudySummaries,
  studySummaryTables,
} from '../../../renderer/src/db/repositories/study-summary-repository';
import type { MemberYear } from '../../../renderer/src/db/repositories/study-summary-repository';
import { addSampleStudyRecords, sampleStudyTables } from '../../../renderer/src/db/repositories/sample-study-data';
import { todayIso, yearOf } from '../../../renderer/src/domain/entities/dates';
import { generateSampleOffice } from '../../../renderer/src/domain/sample-data/generate-sample-office';
import type { ScaleSpec, SeedReport } from './bench-api';
import { seedOptions } from './seed-options';

/**
 * Fills the app's (empty) store with the activities issue's own generator at the bench's scale.
 * Batches are written in their own transactions — this is set-up, not a figure — and the study
 * summaries are then computed by the app's own function, as attendance writes do.
 */
export async function seedScale(db: LedgerDatabase, scale: ScaleSpec): Promise<SeedReport> {
  const start = performance.now();
  if ((await db.members.count()) > 0) throw new Error('库中已有党员：性能测试的数据只写入空库');
  const memberYears = new Map<string, MemberYear>();
  const options = seedOptions(scale, todayIso());
  const generator = generateSampleOffice(options);
  const memberIds: string[] = [];
  let writeMs = 0;
  let generateMs = 0;
  let mark = performance.now();
  for (const batch of generator) {
    generateMs += performance.now() - mark;
    if (batch.table === 'members') memberIds.push(...batch.rows.map((row) => row.id));
    if (batch.table === 'attendance') {
      for (const row of batch.rows) {
        if (row.memberId === undefined) continue;
        const year = yearOf(row.date);
        memberYears.set(`${row.memberId}:${year}`, { memberId: row.memberId, year });
      }
    }
    const writeStart = performance.now();
    await db.table(batch.table).bulkPut(batch.rows);
    writeMs += performance.now() - writeStart;
    mark = performance.now();
  }
  // The study entries, 学习体会 and 思想汇报 the sample loader adds, by its own function, in one call as
  // the loader makes it (its ids come from the seed: calling it per chunk would repeat them).
  await db.transaction('rw', [db.members, ...sampleStudyTables(db)], () =>
    addSampleStudyRecords(db, memberIds, options.endDate, options.seed, memberYears),
  );
  const summariesStart = performance.now();
  const keys = [...memberYears.values()];
  for (let from = 0; from < keys.length; from += 2000) {
    await db.transaction('rw', studySummaryTables(db), () =>
      recomputeStudySummaries(db, keys.slice(from, from + 2000)),
    );
  }
  const summariesMs = performance.now() - summariesStart;
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return { ms: performance.now() - start, counts, parts: { generateMs, writeMs, summariesMs } };
}
