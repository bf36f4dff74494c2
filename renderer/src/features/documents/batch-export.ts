import type { LedgerDatabase } from '../../db/database';
import { studyRecordOf } from '../../db/repositories/study-record-repository';
import { loadArchiveContext } from '../../db/repositories/archive-context';
import type { StudyRecordData } from '../../documents/study-record';
import type { Member } from '../../domain/entities/member';
import { todayIso } from '../../domain/entities/dates';
import { isCountedMember } from '../../domain/rules/member-standing';
import { getPlatform } from '../../platform/api';
import type { NamedBytes, SavedFile, SavedFolder } from '../../platform/api';
import { loadBuilders, WORD_FILTERS } from './load-documents';
import { rememberSavedFile } from './recent-files';

export type BatchMode = 'files' | 'combined';

export interface BatchOptions {
  year: number;
  /** A branch id, or 'all' for everyone on the roll. */
  branchId: string;
  mode: BatchMode;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export class BatchCancelled extends Error {
  constructor() {
    super('已取消导出，没有保存任何文件。');
  }
}

/** Lets the window paint and take clicks (the 取消 button) between documents. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function membersOf(db: LedgerDatabase, branchId: string): Promise<Member[]> {
  const members =
    branchId === 'all' ? await db.members.toArray() : await db.members.where('branchId').equals(branchId).toArray();
  return members
    .filter(isCountedMember)
    .sort((a, b) => a.branchId.localeCompare(b.branchId) || a.namePinyin.localeCompare(b.namePinyin));
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '');
}

export function batchFolderName(year: number, scope: string): string {
  return safeName(`${year}年度党员学习记录表-${scope}`);
}

/**
 * Every member's yearly study record, built one document at a time with a yield in between so a
 * thousand members never freeze the window; cancelling stops before anything is saved.
 */
export async function exportStudyRecords(
  db: LedgerDatabase,
  options: BatchOptions,
  scopeName: string,
): Promise<SavedFile | SavedFolder | null> {
  const { year, signal, onProgress } = options;
  const [members, archive, units, builders] = await Promise.all([
    membersOf(db, options.branchId),
    loadArchiveContext(db, year, todayIso()),
    db.orgUnits.toArray(),
    loadBuilders(),
  ]);
  if (members.length === 0) throw new Error(`“${scopeName}”没有在册党员，没有可导出的学习记录表。`);
  const branchNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const context = {
    branchName: (id: string) => branchNames.get(id) ?? '',
    // The archive's rule: 32 or 56 学时, pro-rated for members who joined during the year if so set.
    targetHours: (member: Member) => archive.targetOf(member).target,
  };
  const total = members.length;
  const folderName = batchFolderName(year, scopeName);
  onProgress(0, total);

  if (options.mode === 'combined') {
    const records: StudyRecordData[] = [];
    for (const member of members) {
      if (signal.aborted) throw new BatchCancelled();
      records.push(await studyRecordOf(db, member, year, context));
      if (records.length % 20 === 0) {
        onProgress(records.length, total);
        await yieldToEventLoop();
      }
    }
    onProgress(total, total);
    await yieldToEventLoop();
    const bytes = await builders.buildStudyRecordBatch(records);
    if (signal.aborted) throw new BatchCancelled();
    const saved = await getPlatform().saveFile(bytes, `${folderName}.docx`, WORD_FILTERS);
    if (saved !== null) await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: '学习记录表（合并）' });
    return saved;
  }

  const files: NamedBytes[] = [];
  const width = String(total).length;
  for (const [index, member] of members.entries()) {
    if (signal.aborted) throw new BatchCancelled();
    const data = await studyRecordOf(db, member, year, context);
    const number = String(index + 1).padStart(width, '0');
    // Numbered, so two members of the same name never overwrite each other.
    files.push({
      name: `${number}-${safeName(member.name)}-${year}年度学习记录表.docx`,
      bytes: await builders.buildStudyRecord(data),
    });
    onProgress(index + 1, total);
    await yieldToEventLoop();
  }
  if (signal.aborted) throw new BatchCancelled();
  const saved = await getPlatform().saveFiles(files, folderName);
  if (saved !== null)
    await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: `学习记录表（${saved.count} 份）` });
  return saved;
}
