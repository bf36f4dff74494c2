import type { LedgerDatabase } from '../../db/database';
import { studyRecordReader } from '../../db/repositories/study-record-repository';
import type { Member } from '../../domain/entities/member';
import type { StudyRecordContext } from '../../domain/rules/study-record-data';
import type { NamedBytes } from '../../platform/api';
import { loadStudyRecordPress } from './load-documents';
import { createTimeSlicer } from '../../lib/time-slicer';

export type BatchMode = 'files' | 'combined';

export class BatchCancelled extends Error {
  constructor() {
    super('已取消导出，没有保存任何文件。');
  }
}

export type StudyRecordBatchResult = { mode: 'files'; files: NamedBytes[] } | { mode: 'combined'; bytes: Uint8Array };

export interface StudyRecordBatchOptions {
  year: number;
  mode: BatchMode;
  context: StudyRecordContext;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Members whose data is read in one transaction: large enough to pipeline, small enough to show progress. */
const READ_CHUNK = 50;

export function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '');
}

/**
 * Every member's yearly 党员学习记录表: data read a chunk of members at a time with pipelined indexed
 * reads, each sheet stamped by the press (a few ms), the window given back every ~30 ms so it never
 * freezes and 取消 is heard. The combined file is compressed as it grows, so finishing it is quick too.
 */
export async function makeStudyRecordBatch(
  db: LedgerDatabase,
  members: readonly Member[],
  options: StudyRecordBatchOptions,
): Promise<StudyRecordBatchResult> {
  const { year, mode, context, signal, onProgress } = options;
  const checkCancelled = () => {
    if (signal?.aborted === true) throw new BatchCancelled();
  };
  const press = await loadStudyRecordPress();
  // 30 ms slices: a sheet takes a few ms, so no task runs much past 40 ms.
  const slicer = createTimeSlicer(30);
  const reader = studyRecordReader(db, year, context);
  const total = members.length;
  const width = String(total).length;
  const files: NamedBytes[] = [];
  const combined = mode === 'combined' ? press.combined(year) : null;
  let done = 0;
  onProgress?.(0, total);
  for (let start = 0; start < total; start += READ_CHUNK) {
    checkCancelled();
    const chunk = members.slice(start, start + READ_CHUNK);
    const records = await reader.read(chunk);
    for (const [index, data] of records.entries()) {
      if (combined !== null) combined.add(data);
      else {
        const member = chunk[index];
        const number = String(done + 1).padStart(width, '0');
        // Numbered, so two members of the same name never overwrite each other.
        files.push({
          name: `${number}-${safeName(member?.name ?? data.name)}-${year}年度学习记录表.docx`,
          bytes: press.single(data),
        });
      }
      done += 1;
      if (slicer.due()) {
        await slicer.pause();
        checkCancelled();
        onProgress?.(done, total);
      }
    }
  }
  onProgress?.(total, total);
  checkCancelled();
  if (combined === null) return { mode: 'files', files };
  const bytes = combined.finish();
  checkCancelled();
  return { mode: 'combined', bytes };
}
