import type { LedgerDatabase } from '../../../renderer/src/db/database';
import { studyRecordOf } from '../../../renderer/src/db/repositories/study-record-repository';
import { buildStudyRecord, STUDY_RECORD_COLUMNS, studyRecordTitle } from '../../../renderer/src/documents/study-record';
import type { StudyRecordData } from '../../../renderer/src/documents/study-record';
import type { DocxBatchRun } from './bench-api';
import { minimalDocx } from './minimal-zip';

/**
 * Year-end: one 党员学习记录表 per member (the "one file per member" choice), data read by the app's
 * repository and built by the app's builder; beside it the same text zipped by a minimal builder.
 */
export async function studyRecordBatch(
  db: LedgerDatabase,
  documents: number,
  longestTaskSince: (since: number) => number,
): Promise<DocxBatchRun> {
  const year = new Date().getFullYear();
  const members = (await db.members.toArray()).filter((member) => member.deletedAt === undefined).slice(0, documents);
  const names = new Map((await db.orgUnits.toArray()).map((unit) => [unit.id, unit.name]));
  const start = performance.now();
  const records: StudyRecordData[] = [];
  for (const member of members) {
    records.push(
      await studyRecordOf(db, member, year, {
        branchName: (id) => names.get(id) ?? '',
        targetHours: () => 32,
      }),
    );
  }
  const gatherMs = performance.now() - start;
  let bytes = 0;
  for (const record of records) bytes += (await buildStudyRecord(record)).length;
  const ms = performance.now() - start;
  const longestTaskMs = longestTaskSince(start);
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
  return { documents: records.length, ms, bytes, rawMs, rawBytes, longestTaskMs, gatherMs };
}
