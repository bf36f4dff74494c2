import type { Activity, Attendance } from '../../domain/entities/activity';
import { attendedStatuses } from '../../domain/entities/activity';
import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { StudyEntry } from '../../domain/entities/study-record';
import type { StudySummary } from '../../domain/entities/study-summary';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { HoursTarget } from '../../domain/rules/study-target';
import type { StudyHoursSplit } from '../../domain/rules/concentrated-study';
import { studyHoursSplit } from '../../domain/rules/concentrated-study';
import type { LedgerDatabase } from '../database';
import { loadArchiveContext } from './archive-context';
import { studyEntriesOfYear } from './study-entry-repository';

export interface AttendedActivity {
  attendance: Attendance;
  activity: Activity;
  typeName: string;
}

export interface MemberYearArchive {
  member: Member;
  branchName: string;
  summary?: StudySummary;
  target: HoursTarget;
  attended: AttendedActivity[];
  entries: StudyEntry[];
  /** 集中 and 自学 hours, and which meet the target (条例 art. 20, the archive setting). */
  split: StudyHoursSplit;
  selfStudyCounts: boolean;
}

/** One member's year: indexed reads of his attendance and entries only. */
export async function loadMemberYear(
  db: LedgerDatabase,
  memberId: string,
  year: number,
  today: IsoDate,
): Promise<MemberYearArchive | undefined> {
  const member = await db.members.get(memberId);
  if (member === undefined) return undefined;
  const [context, summary, rows, entries, branch, types] = await Promise.all([
    loadArchiveContext(db, year, today),
    db.studySummaries.get(`${memberId}:${year}`),
    db.attendance
      .where('[memberId+date]')
      .between([memberId, `${year}-01-01`], [memberId, `${year}-12-31`], true, true)
      .toArray(),
    studyEntriesOfYear(db, memberId, year),
    db.orgUnits.get(member.branchId),
    db.activityTypes.toArray(),
  ]);
  const typeName = new Map(types.map((t) => [t.id, t.name]));
  const live = rows.filter((row) => row.deletedAt === undefined && attendedStatuses.includes(row.status));
  const activities = await db.activities.bulkGet(live.map((row) => row.activityId));
  const attended: AttendedActivity[] = [];
  live.forEach((attendance, index) => {
    const activity = activities[index];
    if (activity === undefined || activity.deletedAt !== undefined || activity.status !== 'held') return;
    attended.push({ attendance, activity, typeName: typeName.get(activity.typeId) ?? '' });
  });
  attended.sort((a, b) => (a.attendance.date < b.attendance.date ? -1 : 1));
  return {
    member,
    branchName: branch?.name ?? '',
    ...(summary === undefined ? {} : { summary }),
    target: context.targetOf(member),
    attended,
    entries,
    split: studyHoursSplit(summary, context.settings.selfStudyCountsTowardTarget),
    selfStudyCounts: context.settings.selfStudyCountsTowardTarget,
  };
}

export interface ProgressRow {
  member: Member;
  branchName: string;
  attendanceHours: number;
  selfStudyHours: number;
  totalHours: number;
  /** 集中 + 自学 split; `countedHours` is what meets the target (条例 art. 20, the archive setting). */
  concentratedHours: number;
  selfHours: number;
  countedHours: number;
  target: HoursTarget;
}

/** Members' yearly progress, one branch or all: members by index, summaries by key. */
export async function loadProgress(
  db: LedgerDatabase,
  year: number,
  branchId: string | null,
  today: IsoDate,
): Promise<ProgressRow[]> {
  const [context, members, units] = await Promise.all([
    loadArchiveContext(db, year, today),
    branchId === null ? db.members.toArray() : db.members.where('branchId').equals(branchId).toArray(),
    db.orgUnits.toArray(),
  ]);
  const counted = members.filter(isCountedMember);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const summaries = await db.studySummaries.bulkGet(counted.map((m) => `${m.id}:${year}`));
  return counted.map((member, index) => {
    const summary = summaries[index];
    const split = studyHoursSplit(summary, context.settings.selfStudyCountsTowardTarget);
    return {
      member,
      branchName: names.get(member.branchId) ?? '',
      attendanceHours: summary?.attendanceHours ?? 0,
      selfStudyHours: summary?.selfStudyHours ?? 0,
      totalHours: summary?.totalHours ?? 0,
      concentratedHours: split.concentrated,
      selfHours: split.self,
      countedHours: split.counted,
      target: context.targetOf(member),
    };
  });
}
