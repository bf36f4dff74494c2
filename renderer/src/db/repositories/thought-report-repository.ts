import type { NewRecord } from '../../domain/entities/record';
import type { ThoughtReport } from '../../domain/entities/study-record';
import { thoughtReportSchema } from '../../domain/entities/study-record';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, softDeleted } from '../records';

export type ThoughtReportInput = NewRecord<ThoughtReport>;

export async function addThoughtReport(db: LedgerDatabase, input: ThoughtReportInput): Promise<ThoughtReport> {
  const valid = thoughtReportSchema.parse(createRecord<ThoughtReport>(input));
  await db.transaction('rw', db.thoughtReports, () => db.thoughtReports.add(valid));
  return valid;
}

export async function deleteThoughtReport(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.thoughtReports, async () => {
    const report = await db.thoughtReports.get(id);
    if (report === undefined || report.deletedAt !== undefined) return;
    await db.thoughtReports.put(softDeleted(report));
  });
}

/** The member's live reports, newest first. */
export async function thoughtReportsOf(db: LedgerDatabase, memberId: string): Promise<ThoughtReport[]> {
  const rows = await db.thoughtReports.where('memberId').equals(memberId).toArray();
  return rows
    .filter(isLive)
    .sort((a, b) => (a.receivedDate < b.receivedDate ? 1 : a.receivedDate > b.receivedDate ? -1 : 0));
}
