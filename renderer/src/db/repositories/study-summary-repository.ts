import { attendedStatuses } from '../../domain/entities/activity';
import type { Activity, ActivityType, Attendance } from '../../domain/entities/activity';
import type { StudyEntry, StudyEntrySource } from '../../domain/entities/study-record';
import type { BranchYearPart, StudySummary } from '../../domain/entities/study-summary';
import { studySummaryId } from '../../domain/entities/study-summary';
import { isConcentratedSource, isConcentratedType } from '../../domain/rules/concentrated-study';
import { typesOfActivity } from '../../domain/rules/meeting-frequency';
import type { LedgerDatabase } from '../database';
import { isLive, nowIso } from '../records';

export interface MemberYear {
  memberId: string;
  year: number;
}

/** Every table `recomputeStudySummaries` reads or writes: include them in the caller's transaction. */
export function studySummaryTables(db: LedgerDatabase) {
  return [db.attendance, db.activities, db.activityTypes, db.members, db.studySummaries, db.studyEntries];
}

export function uniqueMemberYears(keys: Iterable<MemberYear>): MemberYear[] {
  const seen = new Map<string, MemberYear>();
  for (const key of keys) seen.set(studySummaryId(key.memberId, key.year), key);
  return [...seen.values()];
}

function emptyPart(): BranchYearPart {
  return {
    attended: 0,
    expected: 0,
    hours: 0,
    monthlyAttended: Array.from({ length: 12 }, () => 0),
    monthlyExpected: Array.from({ length: 12 }, () => 0),
  };
}

/** Pure: one member-year's summary from its attendance rows (with their activities) and study entries. */
export function summariseMemberYear(input: {
  memberId: string;
  year: number;
  branchId: string;
  attendance: readonly Attendance[];
  activities: ReadonlyMap<string, Activity>;
  types: ReadonlyMap<string, ActivityType>;
  entries: readonly StudyEntry[];
  now: string;
}): StudySummary {
  const { memberId, year, activities, types } = input;
  const counted = input.attendance.filter(
    (row) => row.deletedAt === undefined && activities.get(row.activityId)?.status === 'held',
  );
  const attended = counted.filter((row) => attendedStatuses.includes(row.status));
  const entries = input.entries.filter(isLive);
  const lifeDates = [
    ...attended
      .filter((row) => {
        // A meeting held as several types (主题党日 with a 党员大会) is organisational life if any of them is.
        const activity = activities.get(row.activityId);
        return (
          activity !== undefined && typesOfActivity(activity).some((id) => types.get(id)?.isOrganisationalLife === true)
        );
      })
      .map((row) => row.date),
    // 条例 arts. 32–33: a floating member's organisational life where he lives counts as his own.
    ...entries.filter((entry) => entry.source === 'elsewhere').map((entry) => entry.date),
  ].sort();
  const bySource: Partial<Record<StudyEntrySource, number>> = {};
  for (const entry of entries) bySource[entry.source] = roundHours((bySource[entry.source] ?? 0) + entry.hours);
  const byBranch: Record<string, BranchYearPart> = {};
  for (const row of counted) {
    const part = (byBranch[row.branchIdAtTime ?? input.branchId] ??= emptyPart());
    const month = Number(row.date.slice(5, 7)) - 1;
    const came = attendedStatuses.includes(row.status);
    if (came) part.hours = roundHours(part.hours + row.hours);
    if (row.expected) {
      part.expected += 1;
      part.monthlyExpected[month] = (part.monthlyExpected[month] ?? 0) + 1;
      if (came) {
        part.attended += 1;
        part.monthlyAttended[month] = (part.monthlyAttended[month] ?? 0) + 1;
      }
    }
  }
  const attendanceHours = roundHours(attended.reduce((sum, row) => sum + row.hours, 0));
  // 条例 art. 20: 集中 hours, apart from 自学 (rules/concentrated-study.ts).
  const concentratedHours = roundHours(
    attended
      .filter((row) => isConcentratedType(types.get(activities.get(row.activityId)?.typeId ?? '')))
      .reduce((sum, row) => sum + row.hours, 0) +
      entries.filter((entry) => isConcentratedSource(entry.source)).reduce((sum, entry) => sum + entry.hours, 0),
  );
  const selfStudyHours = roundHours(entries.reduce((sum, entry) => sum + entry.hours, 0));
  const lastLifeDate = lifeDates.at(-1);
  return {
    id: studySummaryId(memberId, year),
    memberId,
    year,
    branchId: input.branchId,
    attendanceHours,
    selfStudyHours,
    totalHours: roundHours(attendanceHours + selfStudyHours),
    concentratedHours,
    activitiesAttended: attended.length,
    activitiesExpected: counted.filter((row) => row.expected).length,
    organisationalLifeMonths: [...new Set(lifeDates.map((date) => Number(date.slice(5, 7))))].sort((a, b) => a - b),
    ...(lastLifeDate === undefined ? {} : { lastOrganisationalLifeDate: lastLifeDate }),
    selfStudyBySource: bySource,
    byBranch,
    updatedAt: input.now,
  };
}

/** Each member's requested years, so one indexed range read per member covers them all. */
function yearsByMember(memberYears: readonly MemberYear[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const { memberId, year } of memberYears) {
    const list = years.get(memberId);
    if (list === undefined) years.set(memberId, [year]);
    else list.push(year);
  }
  return years;
}

function memberRange(memberId: string, years: readonly number[]): [[string, string], [string, string]] {
  return [
    [memberId, `${Math.min(...years)}-01-01`],
    [memberId, `${Math.max(...years)}-12-31`],
  ];
}

/**
 * All reads are issued together (one range per member and table, one bulk read of members and of
 * activities) rather than awaited one member-year at a time: a rebuild of 10,000 members' years then
 * costs a few round trips, not tens of thousands.
 */
async function computeSummaries(db: LedgerDatabase, memberYears: readonly MemberYear[]): Promise<StudySummary[]> {
  const requested = yearsByMember(memberYears);
  const memberIds = [...requested.keys()];
  const ranges = memberIds.map((id) => memberRange(id, requested.get(id) ?? []));
  const [typeRows, members, attendanceByMember, entriesByMember] = await Promise.all([
    db.activityTypes.toArray(),
    db.members.bulkGet(memberIds),
    Promise.all(
      ranges.map(([from, to]) => db.attendance.where('[memberId+date]').between(from, to, true, true).toArray()),
    ),
    Promise.all(
      ranges.map(([from, to]) => db.studyEntries.where('[memberId+date]').between(from, to, true, true).toArray()),
    ),
  ]);
  const types = new Map<string, ActivityType>(typeRows.map((type) => [type.id, type]));
  const activityIds = new Set<string>();
  for (const rows of attendanceByMember) for (const row of rows) activityIds.add(row.activityId);
  const activities = new Map<string, Activity>();
  for (const activity of await db.activities.bulkGet([...activityIds])) {
    if (activity !== undefined && activity.deletedAt === undefined) activities.set(activity.id, activity);
  }
  const indexOf = new Map(memberIds.map((id, index) => [id, index]));
  const now = nowIso();
  return memberYears.map(({ memberId, year }) => {
    const index = indexOf.get(memberId) ?? -1;
    const prefix = `${year}-`;
    return summariseMemberYear({
      memberId,
      year,
      branchId: members[index]?.branchId ?? '',
      attendance: (attendanceByMember[index] ?? []).filter((row) => row.date.startsWith(prefix)),
      activities,
      types,
      entries: (entriesByMember[index] ?? []).filter((entry) => entry.date.startsWith(prefix)),
      now,
    });
  });
}

/**
 * Recomputes the given members' yearly summaries from their own attendance and study entries (an
 * indexed range read per member-year, never a scan). Call it inside the transaction that changed the
 * rows, so the summaries and the rows they summarise land together or not at all.
 */
export async function recomputeStudySummaries(db: LedgerDatabase, keys: Iterable<MemberYear>): Promise<void> {
  const memberYears = uniqueMemberYears(keys);
  if (memberYears.length === 0) return;
  await db.studySummaries.bulkPut(await computeSummaries(db, memberYears));
}

/** Hours are entered to one decimal (半学时 is common); keep sums free of float noise. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** JSON with object keys sorted at every level, so two equal summaries compare equal. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameSummary(a: StudySummary | undefined, b: StudySummary): boolean {
  if (a === undefined) return false;
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

export interface RebuildReport {
  checked: number;
  repaired: number;
}

/**
 * 检查并修复: recomputes every member's summary of `year` from the source rows and rewrites the ones
 * that differ (e.g. after a crash mid-import in an older version). Runs in chunks, each chunk one
 * transaction, so a 10,000-member office does not hold one huge lock.
 */
export async function rebuildStudySummaries(db: LedgerDatabase, year: number, chunkSize = 500): Promise<RebuildReport> {
  const memberIds = new Set<string>(await db.members.toCollection().primaryKeys());
  for (const id of await db.studySummaries.where('year').equals(year).toArray()) memberIds.add(id.memberId);
  const ids = [...memberIds];
  let repaired = 0;
  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunk = ids.slice(start, start + chunkSize).map((memberId) => ({ memberId, year }));
    await db.transaction('rw', studySummaryTables(db), async () => {
      const fresh = await computeSummaries(db, chunk);
      const stored = await db.studySummaries.bulkGet(fresh.map((summary) => summary.id));
      const changed = fresh.filter((summary, index) => {
        const empty = summary.totalHours === 0 && summary.activitiesExpected === 0 && summary.activitiesAttended === 0;
        return !(stored[index] === undefined && empty) && !sameSummary(stored[index], summary);
      });
      repaired += changed.length;
      if (changed.length > 0) await db.studySummaries.bulkPut(changed);
    });
  }
  return { checked: ids.length, repaired };
}
