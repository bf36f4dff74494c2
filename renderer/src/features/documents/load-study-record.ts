import type { LedgerDatabase } from '../../db/database';
import { loadArchiveContext } from '../../db/repositories/archive-context';
import { getLiveMember } from '../../db/repositories/member-reads';
import { getOrgUnit } from '../../db/repositories/org-unit-reads';
import { studyRecordOf } from '../../db/repositories/study-record-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { StudyRecordData } from '../../domain/rules/study-record-data';

/** One member's 党员学习记录表 of one year, with the archive's target; null when the member is not on file. */
export async function loadStudyRecord(
  db: LedgerDatabase,
  memberId: string,
  year: number,
): Promise<{ member: Member; data: StudyRecordData } | null> {
  const member = await getLiveMember(db, memberId);
  if (member === undefined) return null;
  const [archive, branch] = await Promise.all([
    loadArchiveContext(db, year, todayIso()),
    getOrgUnit(db, member.branchId),
  ]);
  const data = await studyRecordOf(db, member, year, {
    branchName: () => branch?.name ?? '',
    targetHours: (m) => archive.targetOf(m).target,
    selfStudyCounts: archive.settings.selfStudyCountsTowardTarget,
  });
  return { member, data };
}
