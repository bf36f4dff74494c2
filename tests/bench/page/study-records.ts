import type { LedgerDatabase } from '../../../renderer/src/db/database';
import { studyRecordsOf } from '../../../renderer/src/db/repositories/study-record-repository';
import { STUDY_RECORD_COLUMNS, studyRecordTitle } from '../../../renderer/src/documents/study-record-sheet';
import { makeStudyRecordBatch } from '../../../renderer/src/features/documents/study-record-batch';
import type { DocxBatchRun } from './bench-api';
import { minimalDocx } from './minimal-zip';

/**
 * Year-end: one 党员学习记录表 per member (the "one file per member" choice) through the app's own batch
 * (bulk reads, the press, yields to the window); then the same members as one combined file; beside it
 * the same text zipped by a minimal builder.
 */
export async function studyRecordBatch(
  db: LedgerDatabase,
  documents: number,
  longestTaskSince: (since: number) => number,
): Promise<DocxBatchRun> {
  const year = new Date().getFullYear();
  const members = (await db.members.toArray()).filter((member) => member.deletedAt === undefined).slice(0, documents);
  const names = new Map((await db.orgUnits.toArray()).map((unit) => [unit.id, unit.name]));
  const context = { branchName: (id: string) => names.get(id) ?? '', targetHours: () => 32 };

  const start = performance.now();
  const result = await makeStudyRecordBatch(db, members, { year, mode: 'files', context });
  const ms = performance.now() - start;
  const bytes = result.mode === 'files' ? result.files.reduce((sum, file) => sum + file.bytes.length, 0) : 0;

  // A store this page cannot see (a profile seeded under another origin) has no members: nothing to combine.
  const combinedStart = performance.now();
  const combined =
    members.length === 0 ? null : await makeStudyRecordBatch(db, members, { year, mode: 'combined', context });
  const combinedMs = performance.now() - combinedStart;
  const combinedBytes = combined?.mode === 'combined' ? combined.bytes.length : 0;
  const longestTaskMs = longestTaskSince(start);

  const gatherStart = performance.now();
  const records = await studyRecordsOf(db, members, year, context);
  const gatherMs = performance.now() - gatherStart;

  const rawStart = performance.now();
  let rawBytes = 0;
  for (const record of records) {
    rawBytes += minimalDocx(
      [studyRecordTitle(record.year), record.name, record.branchName, record.reflection ?? ''],
      [
        [...STUDY_RECORD_COLUMNS],
        ...record.rows.map((row) => [
          row.date,
          row.content,
          row.form,
          String(row.hours),
          row.organiser,
          row.note ?? '',
        ]),
      ],
    ).length;
  }
  const rawMs = performance.now() - rawStart;
  return {
    documents: records.length,
    ms,
    bytes,
    rawMs,
    rawBytes,
    longestTaskMs,
    gatherMs,
    combinedMs,
    combinedBytes,
  };
}
