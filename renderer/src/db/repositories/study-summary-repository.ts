import { attendedStatuses } from '../../domain/entities/activity';
import type { Activity, ActivityType } from '../../domain/entities/activity';
import type { StudySummary } from '../../domain/entities/study-summary';
import { studySummaryId } from '../../domain/entities/study-summary';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';

export interface MemberYear {
  memberId: string;
  year: number;
}

/** Every table `recomputeStudySummaries` reads or writes: include them in the caller's transaction. */
export function studySummaryTables(db: LedgerDatabase) {
  return [db.attendance, db.activities, db.activityTypes, db.members, db.studySummaries];
}

export function uniqueMemberYears(keys: Iterable<MemberYear>): MemberYear[] {
  const seen = new Map<string, MemberYear>();
  for (const key of keys) seen.set(studySummaryId(key.memberId, key.year), key);
  return [...seen.values()];
}

/**
 * Recomputes the given members' yearly summaries from their own attendance (an indexed range read
 * per member-year, never a scan). Call it inside the transaction that changed the attendance, so the
 * summaries and the rows they summarise land together or not at all.
 */
export async function recomputeStudySummaries(db: LedgerDatabase, keys: Iterable<MemberYear>): Promise<void> {
  const memberYears = uniqueMemberYears(keys);
  if (memberYears.length === 0) return;
  const types = new Map<string, ActivityType>((await db.activityTypes.toArray()).map((type) => [type.id, type]));
  const now = nowIso();
  const summaries: StudySummary[] = [];
  for (const { memberId, year } of memberYears) {
    const rows = (
      await db.attendance
        .where('[memberId+date]')
        .between([memberId, `${year}-01-01`], [memberId, `${year}-12-31`], true, true)
        .toArray()
    ).filter((row) => row.deletedAt === undefined);
    const activities = new Map<string, Activity>();
    for (const activity of await db.activities.bulkGet([...new Set(rows.map((row) => row.activityId))])) {
      if (activity !== undefined && activity.deletedAt === undefined) activities.set(activity.id, activity);
    }
    const counted = rows.filter((row) => activities.get(row.activityId)?.status === 'held');
    const attended = counted.filter((row) => attendedStatuses.includes(row.status));
    const lifeDates = attended
      .filter((row) => types.get(activities.get(row.activityId)?.typeId ?? '')?.isOrganisationalLife === true)
      .map((row) => row.date)
      .sort();
    const member = await db.members.get(memberId);
    const previous = await db.studySummaries.get(studySummaryId(memberId, year));
    const attendanceHours = roundHours(attended.reduce((sum, row) => sum + row.hours, 0));
    const selfStudyHours = previous?.selfStudyHours ?? 0;
    const lastLifeDate = lifeDates.at(-1);
    summaries.push({
      id: studySummaryId(memberId, year),
      memberId,
      year,
      branchId: member?.branchId ?? '',
      attendanceHours,
      selfStudyHours,
      totalHours: roundHours(attendanceHours + selfStudyHours),
      activitiesAttended: attended.length,
      activitiesExpected: counted.filter((row) => row.expected).length,
      organisationalLifeMonths: [...new Set(lifeDates.map((date) => Number(date.slice(5, 7))))].sort((a, b) => a - b),
      ...(lastLifeDate === undefined ? {} : { lastOrganisationalLifeDate: lastLifeDate }),
      updatedAt: now,
    });
  }
  await db.studySummaries.bulkPut(summaries);
}

/** Hours are entered to one decimal (半学时 is common); keep sums free of float noise. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
