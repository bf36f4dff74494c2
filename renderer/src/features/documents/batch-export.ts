import type { LedgerDatabase } from '../../db/database';
import { loadArchiveContext } from '../../db/repositories/archive-context';
import { listCountedMembers } from '../../db/repositories/member-reads';
import { listAllOrgUnits } from '../../db/repositories/org-unit-reads';
import type { Member } from '../../domain/entities/member';
import { todayIso } from '../../domain/entities/dates';
import { getPlatform } from '../../platform/api';
import type { SavedFile, SavedFolder } from '../../platform/api';
import { WORD_FILTERS } from './load-documents';
import { rememberSavedFile } from '../../db/repositories/recent-files-repository';
import type { BatchMode } from './study-record-batch';
import { makeStudyRecordBatch, safeName } from './study-record-batch';

export type { BatchMode } from './study-record-batch';
export { BatchCancelled } from './study-record-batch';

export interface BatchOptions {
  year: number;
  /** A branch id, or 'all' for everyone on the roll. */
  branchId: string;
  mode: BatchMode;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export function batchFolderName(year: number, scope: string): string {
  return safeName(`${year}年度党员学习记录表-${scope}`);
}

/**
 * Every member's yearly study record, one file each or one combined file; the window stays responsive
 * throughout and cancelling stops before anything is saved.
 */
export async function exportStudyRecords(
  db: LedgerDatabase,
  options: BatchOptions,
  scopeName: string,
): Promise<SavedFile | SavedFolder | null> {
  const { year, signal, onProgress } = options;
  const [members, archive, units] = await Promise.all([
    listCountedMembers(db, options.branchId),
    loadArchiveContext(db, year, todayIso()),
    listAllOrgUnits(db),
  ]);
  if (members.length === 0) throw new Error(`“${scopeName}”没有在册党员，没有可导出的学习记录表。`);
  const branchNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const context = {
    branchName: (id: string) => branchNames.get(id) ?? '',
    // The archive's rule: 32 or 56 学时, pro-rated for members who joined during the year if so set.
    targetHours: (member: Member) => archive.targetOf(member).target,
    selfStudyCounts: archive.settings.selfStudyCountsTowardTarget,
  };
  const folderName = batchFolderName(year, scopeName);
  const result = await makeStudyRecordBatch(db, members, { year, mode: options.mode, context, signal, onProgress });
  if (result.mode === 'combined') {
    const saved = await getPlatform().saveFile(result.bytes, `${folderName}.docx`, WORD_FILTERS);
    if (saved !== null) await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: '学习记录表（合并）' });
    return saved;
  }
  const saved = await getPlatform().saveFiles(result.files, folderName);
  if (saved !== null)
    await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: `学习记录表（${saved.count} 份）` });
  return saved;
}
