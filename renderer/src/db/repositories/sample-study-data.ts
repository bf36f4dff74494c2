import { yearOf } from '../../domain/entities/dates';
import { reflectionSchema, studyEntrySchema, thoughtReportSchema } from '../../domain/entities/study-record';
import { generateSampleStudyRecords } from '../../domain/sample-data/sample-study-records';
import type { LedgerDatabase } from '../database';
import type { MemberYear } from './study-summary-repository';

/** Ids of the study records the sample loader wrote, kept in its manifest. */
export interface SampleStudyIds {
  studyEntries: string[];
  reflections: string[];
  thoughtReports: string[];
}

/** Tables the sample study records touch, for the loader's transaction scope. */
export function sampleStudyTables(db: LedgerDatabase) {
  return [db.studyEntries, db.reflections, db.thoughtReports];
}

/**
 * Adds the demo members' study entries, 学习体会 and 思想汇报 inside the loader's transaction and returns
 * their ids and the member-years whose summaries must be recomputed.
 */
export async function addSampleStudyRecords(
  db: LedgerDatabase,
  memberIds: readonly string[],
  endDate: string,
  seed: number,
  memberYears: Map<string, MemberYear>,
): Promise<SampleStudyIds> {
  const members = (await db.members.bulkGet([...memberIds])).filter((m) => m !== undefined);
  const records = generateSampleStudyRecords(members, endDate, seed);
  for (const entry of records.studyEntries) studyEntrySchema.parse(entry);
  for (const reflection of records.reflections) reflectionSchema.parse(reflection);
  for (const report of records.thoughtReports) thoughtReportSchema.parse(report);
  await db.studyEntries.bulkAdd(records.studyEntries);
  await db.reflections.bulkAdd(records.reflections);
  await db.thoughtReports.bulkAdd(records.thoughtReports);
  for (const entry of records.studyEntries) {
    const year = yearOf(entry.date);
    memberYears.set(`${entry.memberId}:${year}`, { memberId: entry.memberId, year });
  }
  return {
    studyEntries: records.studyEntries.map((r) => r.id),
    reflections: records.reflections.map((r) => r.id),
    thoughtReports: records.thoughtReports.map((r) => r.id),
  };
}

export async function removeSampleStudyRecords(db: LedgerDatabase, ids: SampleStudyIds | undefined): Promise<void> {
  if (ids === undefined) return;
  await db.studyEntries.bulkDelete(ids.studyEntries);
  await db.reflections.bulkDelete(ids.reflections);
  await db.thoughtReports.bulkDelete(ids.thoughtReports);
}
