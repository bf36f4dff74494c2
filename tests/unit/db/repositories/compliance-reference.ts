/**
 * The overview's and the yearly check's first implementations (one sequential read per unit and per
 * flagged member), kept as the oracle the bulk versions must agree with.
 */
import Dexie from 'dexie';
import type { IsoDate } from '../../../../renderer/src/domain/entities/dates';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import type { StudySummary } from '../../../../renderer/src/domain/entities/study-summary';
import { maxDate } from '../../../../renderer/src/domain/rules/calendar';
import { floatingContactDue } from '../../../../renderer/src/domain/rules/floating-contact';
import { studyHoursSplit } from '../../../../renderer/src/domain/rules/concentrated-study';
import { lapseReminder } from '../../../../renderer/src/domain/rules/lapse-chain';
import { termReminder } from '../../../../renderer/src/domain/rules/term-of-office';
import { loadSecretaryLessons } from '../../../../renderer/src/db/repositories/yearly-check-repository';
import { exemptionOn } from '../../../../renderer/src/domain/rules/exemption';
import { meetingFrequencyChecks } from '../../../../renderer/src/domain/rules/meeting-frequency';
import { isCountedMember } from '../../../../renderer/src/domain/rules/member-standing';
import { organisationalLifeGap } from '../../../../renderer/src/domain/rules/organisational-life';
import { probationDue } from '../../../../renderer/src/domain/rules/probation';
import { studyPace } from '../../../../renderer/src/domain/rules/study-target';
import { thoughtReportOverdue } from '../../../../renderer/src/domain/rules/thought-reports';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import type { FrequencyUnit } from '../../../../renderer/src/domain/rules/meeting-frequency';
import type { OrgUnit } from '../../../../renderer/src/domain/entities/organisation';
import {
  frequencyTypes,
  loadArchiveContext,
  withCommittees,
} from '../../../../renderer/src/db/repositories/archive-context';
import type {
  BranchYear,
  MeetingTypeTotal,
  YearlyCheckData,
} from '../../../../renderer/src/db/repositories/yearly-check-repository';
import type { FrequencyTotal } from '../../../../renderer/src/domain/rules/meeting-frequency';
import { frequencyTotals } from '../../../../renderer/src/domain/rules/meeting-frequency';
import type {
  ComplianceSnapshot,
  MemberRef,
  PaceItem,
} from '../../../../renderer/src/db/repositories/compliance-repository';

/** Events after which the six-month count starts afresh: the member arrived or came back. */
const RESTART_EVENTS = new Set(['transferred-in', 'reinstated', 'contact-restored']);

/**
 * Everything the overview warns about, from the members, the yearly summaries and small indexed reads
 * per flagged member — never a scan of attendance (DESIGN.md: 10,000 members, 1,000,000 rows).
 */
export async function referenceComplianceSnapshot(db: LedgerDatabase, today: IsoDate): Promise<ComplianceSnapshot> {
  const year = Number(today.slice(0, 4));
  const context = await loadArchiveContext(db, year, today);
  const { settings } = context;
  const [members, { units, all }, types, activities, thisYear, lastYear, reports] = await Promise.all([
    db.members.toArray(),
    frequencyUnits(db),
    db.activityTypes.toArray(),
    db.activities.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
    db.studySummaries.where('year').equals(year).toArray(),
    db.studySummaries
      .where('year')
      .equals(year - 1)
      .toArray(),
    db.thoughtReports.toArray(),
  ]);
  const branchName = new Map(all.map((unit) => [unit.id, unit.name]));
  const ref = (member: Member): MemberRef => ({
    id: member.id,
    name: member.name,
    branchId: member.branchId,
    branchName: branchName.get(member.branchId) ?? '（未分配支部）',
  });
  const allCounted = members.filter(isCountedMember);
  const counted = allCounted.filter((member) => exemptionOn(member, today) === null);
  const exempt: ComplianceSnapshot['exempt'] = [];
  for (const member of allCounted) {
    const kind = exemptionOn(member, today)?.kind;
    if (kind === undefined) continue;
    const visits = (await db.studyEntries.where('memberId').equals(member.id).toArray())
      .filter((entry) => entry.deletedAt === undefined && entry.source === 'home-visit')
      .map((entry) => entry.date)
      .sort();
    const lastVisit = visits.at(-1);
    const visit = lastVisit === undefined ? {} : { lastVisit };
    if (kind === 'home-study' && member.homeStudy !== undefined) {
      exempt.push({
        member: ref(member),
        kind,
        reason: member.homeStudy.reason,
        since: member.homeStudy.since,
        ...visit,
      });
    } else if (kind === 'abroad' && member.abroad !== undefined) {
      const { from, until, place } = member.abroad;
      exempt.push({
        member: ref(member),
        kind,
        reason: place ?? '',
        since: from,
        ...(until === undefined ? {} : { until }),
        ...visit,
      });
    }
  }
  const summaryNow = new Map<string, StudySummary>(thisYear.map((s) => [s.memberId, s]));
  const summaryBefore = new Map<string, StudySummary>(lastYear.map((s) => [s.memberId, s]));

  const meetingChecks = meetingFrequencyChecks({
    year,
    today,
    units: withCommittees(units, all, members),
    types: frequencyTypes(types),
    activities: activities.filter((activity) => activity.deletedAt === undefined && activity.status === 'held'),
  });

  const lifeGaps: ComplianceSnapshot['lifeGaps'] = [];
  for (const member of counted) {
    const lastLifeDate = maxDate(
      summaryNow.get(member.id)?.lastOrganisationalLifeDate,
      summaryBefore.get(member.id)?.lastOrganisationalLifeDate,
    );
    const gap = organisationalLifeGap({
      member,
      ...(lastLifeDate === undefined ? {} : { lastLifeDate }),
      countFrom: context.recordsStart,
      today,
      warnMonths: settings.lifeWarnMonths,
      alarmMonths: settings.lifeAlarmMonths,
    });
    if (gap === null || gap.level === 'ok') continue;
    // Only the flagged few get the finer reads: arrival, older attendance, leave asked for.
    const events = await db.memberEvents.where('memberId').equals(member.id).toArray();
    const arrival = maxDate(
      ...events.filter((e) => e.deletedAt === undefined && RESTART_EVENTS.has(e.type)).map((e) => e.date),
    );
    const older =
      lastLifeDate === undefined
        ? maxDate(
            ...(await db.studySummaries.where('memberId').equals(member.id).toArray()).map(
              (s) => s.lastOrganisationalLifeDate,
            ),
          )
        : lastLifeDate;
    const since = maxDate(older, arrival, member.joinDate, context.recordsStart) ?? context.recordsStart;
    const leaveSince = await db.attendance
      .where('[memberId+date]')
      .between([member.id, since], [member.id, Dexie.maxKey], false, true)
      .filter((row) => row.deletedAt === undefined && row.status === 'leave' && (row.reason ?? '').trim() !== '')
      .count();
    const refined = organisationalLifeGap({
      member,
      ...(older === undefined ? {} : { lastLifeDate: older }),
      countFrom: maxDate(arrival, context.recordsStart) ?? context.recordsStart,
      leaveSince,
      today,
      warnMonths: settings.lifeWarnMonths,
      alarmMonths: settings.lifeAlarmMonths,
    });
    if (refined !== null && refined.level !== 'ok') lifeGaps.push({ ...refined, member: ref(member) });
  }

  const probation = counted.flatMap((member) => {
    const due = probationDue(member, today, settings.probationWarnDays);
    return due === null ? [] : [{ ...due, member: ref(member) }];
  });

  const lastReport = new Map<string, IsoDate>();
  for (const report of reports) {
    if (report.deletedAt !== undefined) continue;
    const previous = lastReport.get(report.memberId);
    if (previous === undefined || report.receivedDate > previous) lastReport.set(report.memberId, report.receivedDate);
  }
  const thoughtReports = counted.flatMap((member) => {
    const lastReceived = lastReport.get(member.id);
    const overdue = thoughtReportOverdue({
      member,
      intervalMonths: settings.thoughtReportMonths[member.category],
      ...(lastReceived === undefined ? {} : { lastReceived }),
      countFrom: context.recordsStart,
      today,
    });
    return overdue === null ? [] : [{ ...overdue, member: ref(member) }];
  });

  const behindPace: PaceItem[] = [];
  for (const member of counted) {
    const target = context.targetOf(member).target;
    if (target <= 0) continue;
    const hours = studyHoursSplit(summaryNow.get(member.id), settings.selfStudyCountsTowardTarget).counted;
    const pace = studyPace({
      hours,
      target,
      year,
      today,
      ...(member.joinDate === undefined ? {} : { joinDate: member.joinDate }),
    });
    if (pace.behind) {
      behindPace.push({
        member: ref(member),
        hours,
        target,
        expectedNow: pace.expectedNow,
        belowHalf: pace.belowHalfPastMidYear,
      });
    }
  }

  const floating: ComplianceSnapshot['floating'] = [];
  for (const member of counted) {
    if (!member.floating) continue;
    const last = await db.contactLogs
      .where('[memberId+date]')
      .between([member.id, Dexie.minKey], [member.id, Dexie.maxKey])
      .filter((log) => log.deletedAt === undefined)
      .last();
    const due = floatingContactDue({
      member,
      ...(last === undefined ? {} : { lastContact: last.date }),
      countFrom: context.recordsStart,
      months: settings.floatingContactMonths,
      today,
    });
    if (due !== null) floating.push({ ...due, member: ref(member) });
  }

  return {
    today,
    year,
    meetingChecks,
    exempt,
    lifeGaps,
    probation: probation.sort((a, b) => a.daysLeft - b.daysLeft),
    thoughtReports,
    behindPace,
    floating,
    lapseChain: await referenceLapseChain(db, members, today, ref),
    terms: all.flatMap((unit) => {
      const reminder = termReminder(unit, today);
      return reminder === null ? [] : [reminder];
    }),
    monthsLeft: 12 - Number(today.slice(5, 7)),
    countedMembers: allCounted.length,
  };
}

async function referenceLapseChain(
  db: LedgerDatabase,
  members: readonly Member[],
  today: IsoDate,
  ref: (member: Member) => MemberRef,
): Promise<ComplianceSnapshot['lapseChain']> {
  const result: ComplianceSnapshot['lapseChain'] = [];
  for (const member of members) {
    const events = await db.memberEvents.where('memberId').equals(member.id).toArray();
    const since = events
      .filter((event) => event.deletedAt === undefined && event.type === 'suspended')
      .map((event) => event.date)
      .sort()
      .at(-1);
    const reminder = lapseReminder(member, today, since);
    if (reminder !== null) result.push({ ...reminder, member: ref(member) });
  }
  return result;
}

/**
 * Organisation units as the frequency rule sees them. The tree stores no founding date, so a unit
 * counts as set up when it was entered — unless activities of it are on file from before that (the
 * office entered its history), in which case it existed all along.
 */
async function frequencyUnits(db: LedgerDatabase): Promise<{ units: FrequencyUnit[]; all: OrgUnit[] }> {
  const all = (await db.orgUnits.toArray()).filter((unit) => unit.deletedAt === undefined);
  const units: FrequencyUnit[] = [];
  for (const unit of all) {
    const created = unit.createdAt.slice(0, 10);
    const earlier = await db.activities
      .where('orgUnitIds')
      .equals(unit.id)
      .filter((activity) => activity.date < created)
      .first();
    units.push({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      ...(unit.parentId === undefined ? {} : { parentId: unit.parentId }),
      ...(earlier === undefined ? { activeFrom: created } : {}),
      ...(unit.retiredAt === undefined ? {} : { retiredAt: unit.retiredAt }),
    });
  }
  return { units, all };
}

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

export async function referenceYearlyCheck(db: LedgerDatabase, year: number, today: IsoDate): Promise<YearlyCheckData> {
  const asOf = today > `${year}-12-31` ? `${year}-12-31` : today;
  const [context, allMembers, summaryRows, { units, all }, types, activities] = await Promise.all([
    loadArchiveContext(db, year, asOf),
    db.members.toArray(),
    db.studySummaries.where('year').equals(year).toArray(),
    frequencyUnits(db),
    db.activityTypes.toArray(),
    db.activities.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
  ]);
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
  const rows: BranchYear[] = branches.map((branch, index) => {
    const own = members.filter((member) => member.branchId === branch.id);
    let reaching = 0;
    let hours = 0;
    let concentrated = 0;
    let self = 0;
    for (const member of own) {
      const split = studyHoursSplit(summaries.get(member.id), context.settings.selfStudyCountsTowardTarget);
      hours += split.total;
      concentrated += split.concentrated;
      self += split.self;
      if (split.counted >= context.targetOf(member).target) reaching += 1;
    }
    let expected = 0;
    let attended = 0;
    const monthlyAttended = Array.from({ length: 12 }, () => 0);
    const monthlyExpected = Array.from({ length: 12 }, () => 0);
    for (const summary of summaryRows) {
      const part = summary.byBranch?.[branch.id];
      if (part === undefined) continue;
      expected += part.expected;
      attended += part.attended;
      for (let m = 0; m < 12; m += 1) {
        monthlyAttended[m] = (monthlyAttended[m] ?? 0) + (part.monthlyAttended[m] ?? 0);
        monthlyExpected[m] = (monthlyExpected[m] ?? 0) + (part.monthlyExpected[m] ?? 0);
      }
    }
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
      members: own.length,
      membersReachingTarget: reaching,
      totalHours: Math.round(hours * 100) / 100,
      concentratedHours: Math.round(concentrated * 100) / 100,
      selfHours: Math.round(self * 100) / 100,
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
    secretaryLessons: await loadSecretaryLessons(db, year, all, types, activities, allMembers),
  };
}
