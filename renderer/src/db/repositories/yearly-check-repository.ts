import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { StudySummary } from '../../domain/entities/study-summary';
import type { FrequencyTotal } from '../../domain/rules/meeting-frequency';
import { frequencyTotals, meetingFrequencyChecks } from '../../domain/rules/meeting-frequency';
import { studyHoursSplit } from '../../domain/rules/concentrated-study';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { BranchCheckInput } from '../../domain/rules/yearly-check';
import type { SecretaryLesson } from '../../domain/rules/secretary-lessons';
import { isPartyLessonType, secretaryLessons } from '../../domain/rules/secretary-lessons';
import type { Activity, ActivityType } from '../../domain/entities/activity';
import type { LedgerDatabase } from '../database';
import type { ArchiveContext } from './archive-context';
import { frequencyTypes, frequencyUnits, loadArchiveContext, withCommittees } from './archive-context';

export interface MeetingTypeTotal {
  typeId: string;
  typeName: string;
  required: number;
  heldCounted: number;
  heldTotal: number;
}

export interface BranchYear extends BranchCheckInput {
  meetingsByType: MeetingTypeTotal[];
  monthlyAttended: number[];
  monthlyExpected: number[];
}

export interface YearlyCheckData {
  year: number;
  /** The day the figures run to: today in the current year, 31 December for past years. */
  asOf: IsoDate;
  context: ArchiveContext;
  branches: BranchYear[];
  /** Every counted member's total hours, for the distribution chart. */
  memberHours: number[];
  members: Member[];
  summaries: Map<string, StudySummary>;
  orgUnits: OrgUnit[];
  /** 书记讲党课 (支部工作条例 art. 15): the committee's and each branch's secretary, with the 党课 given. */
  secretaryLessons: (SecretaryLesson & { name: string })[];
}

interface Own {
  members: number;
  reaching: number;
  hours: number;
  concentrated: number;
  self: number;
}

type BranchAttendance = Pick<BranchYear, 'expected' | 'attended' | 'monthlyAttended' | 'monthlyExpected'>;

function addTotals(into: Map<string, MeetingTypeTotal>, totals: readonly FrequencyTotal[]) {
  for (const total of totals) {
    const existing = into.get(total.typeId);
    if (existing === undefined) into.set(total.typeId, { ...total });
    else {
      existing.required += total.required;
      existing.heldCounted += total.heldCounted;
      existing.heldTotal += total.heldTotal;
    }
  }
}

/**
 * The yearly check's figures per branch, from members, the year's summaries and the year's activities
 * (indexed by date) — never from attendance rows. Attendance counts for the branch the member was in
 * at each activity, so a member moved mid-year counts for each branch in its own months.
 */
export async function loadYearlyCheck(db: LedgerDatabase, year: number, today: IsoDate): Promise<YearlyCheckData> {
  const asOf = today > `${year}-12-31` ? `${year}-12-31` : today;
  const [context, allMembers, summaryRows, { units, all }, types, activities] = await Promise.all([
    loadArchiveContext(db, year, asOf),
    db.members.toArray(),
    db.studySummaries.where('year').equals(year).toArray(),
    frequencyUnits(db),
    db.activityTypes.toArray(),
    db.activities.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
  ]);
  const lessons = await loadSecretaryLessons(db, year, all, types, activities, allMembers);
  const members = allMembers.filter(isCountedMember);
  const summaries = new Map(summaryRows.map((s) => [s.memberId, s]));
  const checks = meetingFrequencyChecks({
    year,
    today: asOf > `${year}-12-30` ? `${year + 1}-01-01` : asOf,
    units: withCommittees(units, all, members),
    types: frequencyTypes(types),
    activities: activities.filter((a) => a.deletedAt === undefined && a.status === 'held'),
  });
  const totals = frequencyTotals(checks);
  const branches = all
    .filter((unit) => unit.kind === 'branch' && (unit.retiredAt === undefined || unit.retiredAt >= `${year}-01-01`))
    .sort((a, b) => a.order - b.order);
  const groupsOf = new Map<string, string[]>();
  for (const unit of all) {
    if (unit.kind === 'group' && unit.parentId !== undefined) {
      groupsOf.set(unit.parentId, [...(groupsOf.get(unit.parentId) ?? []), unit.id]);
    }
  }
  // One pass over members and one over the summaries' per-branch parts, then a lookup per branch.
  const ownOf = new Map<string, Own>();
  for (const member of members) {
    const own = ownOf.get(member.branchId) ?? { members: 0, reaching: 0, hours: 0, concentrated: 0, self: 0 };
    const split = studyHoursSplit(summaries.get(member.id), context.settings.selfStudyCountsTowardTarget);
    own.members += 1;
    own.hours += split.total;
    own.concentrated += split.concentrated;
    own.self += split.self;
    // 条例 art. 20: 集中 hours meet the target; 自学 only if the setting says so.
    if (split.counted >= context.targetOf(member).target) own.reaching += 1;
    ownOf.set(member.branchId, own);
  }
  const attendanceOf = new Map<string, BranchAttendance>();
  for (const summary of summaryRows) {
    for (const [branchId, part] of Object.entries(summary.byBranch ?? {})) {
      let into = attendanceOf.get(branchId);
      if (into === undefined) {
        into = {
          expected: 0,
          attended: 0,
          monthlyAttended: Array.from({ length: 12 }, () => 0),
          monthlyExpected: Array.from({ length: 12 }, () => 0),
        };
        attendanceOf.set(branchId, into);
      }
      into.expected += part.expected;
      into.attended += part.attended;
      for (let m = 0; m < 12; m += 1) {
        into.monthlyAttended[m] = (into.monthlyAttended[m] ?? 0) + (part.monthlyAttended[m] ?? 0);
        into.monthlyExpected[m] = (into.monthlyExpected[m] ?? 0) + (part.monthlyExpected[m] ?? 0);
      }
    }
  }
  const rows: BranchYear[] = branches.map((branch, index) => {
    const own = ownOf.get(branch.id) ?? { members: 0, reaching: 0, hours: 0, concentrated: 0, self: 0 };
    const { expected, attended, monthlyAttended, monthlyExpected } = attendanceOf.get(branch.id) ?? {
      expected: 0,
      attended: 0,
      monthlyAttended: Array.from({ length: 12 }, () => 0),
      monthlyExpected: Array.from({ length: 12 }, () => 0),
    };
    const unitIds = new Set([branch.id, ...(groupsOf.get(branch.id) ?? [])]);
    const byType = new Map<string, MeetingTypeTotal>();
    addTotals(
      byType,
      totals.filter((total) => unitIds.has(total.unitId)),
    );
    const meetingsByType = [...byType.values()];
    return {
      branchId: branch.id,
      branchName: branch.name,
      order: index,
      members: own.members,
      membersReachingTarget: own.reaching,
      totalHours: Math.round(own.hours * 100) / 100,
      concentratedHours: Math.round(own.concentrated * 100) / 100,
      selfHours: Math.round(own.self * 100) / 100,
      expected,
      attended,
      meetingsRequired: meetingsByType.reduce((sum, t) => sum + t.required, 0),
      meetingsHeldCounted: meetingsByType.reduce((sum, t) => sum + t.heldCounted, 0),
      meetingsByType,
      monthlyAttended,
      monthlyExpected,
    };
  });
  return {
    year,
    asOf,
    context,
    branches: rows,
    memberHours: members.map((member) => summaries.get(member.id)?.totalHours ?? 0),
    members,
    summaries,
    orgUnits: all,
    secretaryLessons: lessons,
  };
}

/** 书记讲党课 of `year` from the posts and the year's activities (already read), names from the roster. */
export async function loadSecretaryLessons(
  db: LedgerDatabase,
  year: number,
  units: readonly OrgUnit[],
  types: readonly ActivityType[],
  activities: readonly Activity[],
  members: readonly Member[],
): Promise<YearlyCheckData['secretaryLessons']> {
  const posts = await db.posts.toArray();
  const lessonTypes = new Set(types.filter((type) => isPartyLessonType(type)).map((type) => type.id));
  const name = new Map(members.map((member) => [member.id, member.name]));
  return secretaryLessons({ year, units, posts, activities, isLessonType: (id) => lessonTypes.has(id) }).map((row) => ({
    ...row,
    name: name.get(row.memberId) ?? '',
  }));
}
