import Dexie from 'dexie';
import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { StudySummary } from '../../domain/entities/study-summary';
import { maxDate } from '../../domain/rules/calendar';
import type { FloatingContactDue } from '../../domain/rules/floating-contact';
import { floatingContactDue } from '../../domain/rules/floating-contact';
import type { PeriodCheck } from '../../domain/rules/meeting-frequency';
import { meetingFrequencyChecks } from '../../domain/rules/meeting-frequency';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { LifeGap } from '../../domain/rules/organisational-life';
import { organisationalLifeGap } from '../../domain/rules/organisational-life';
import type { ProbationDue } from '../../domain/rules/probation';
import { probationDue } from '../../domain/rules/probation';
import { studyPace } from '../../domain/rules/study-target';
import type { ThoughtReportOverdue } from '../../domain/rules/thought-reports';
import { thoughtReportOverdue } from '../../domain/rules/thought-reports';
import type { LedgerDatabase } from '../database';
import { frequencyUnits, loadArchiveContext } from './archive-context';

export interface MemberRef {
  id: string;
  name: string;
  branchId: string;
  branchName: string;
}

export interface PaceItem {
  member: MemberRef;
  hours: number;
  target: number;
  expectedNow: number;
  belowHalf: boolean;
}

export interface ComplianceSnapshot {
  today: IsoDate;
  year: number;
  meetingChecks: PeriodCheck[];
  lifeGaps: (LifeGap & { member: MemberRef })[];
  probation: (ProbationDue & { member: MemberRef })[];
  thoughtReports: (ThoughtReportOverdue & { member: MemberRef })[];
  behindPace: PaceItem[];
  floating: (FloatingContactDue & { member: MemberRef })[];
  /** Whole months left in the year after this one. */
  monthsLeft: number;
  countedMembers: number;
}

/** Events after which the six-month count starts afresh: the member arrived or came back. */
const RESTART_EVENTS = new Set(['transferred-in', 'reinstated', 'contact-restored']);

/**
 * Everything the overview warns about, from the members, the yearly summaries and small indexed reads
 * per flagged member — never a scan of attendance (DESIGN.md: 10,000 members, 1,000,000 rows).
 */
export async function loadComplianceSnapshot(db: LedgerDatabase, today: IsoDate): Promise<ComplianceSnapshot> {
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
  const counted = members.filter(isCountedMember);
  const summaryNow = new Map<string, StudySummary>(thisYear.map((s) => [s.memberId, s]));
  const summaryBefore = new Map<string, StudySummary>(lastYear.map((s) => [s.memberId, s]));

  const meetingChecks = meetingFrequencyChecks({
    year,
    today,
    units,
    types: types.filter((type) => type.deletedAt === undefined),
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
    const hours = summaryNow.get(member.id)?.totalHours ?? 0;
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
    lifeGaps,
    probation: probation.sort((a, b) => a.daysLeft - b.daysLeft),
    thoughtReports,
    behindPace,
    floating,
    monthsLeft: 12 - Number(today.slice(5, 7)),
    countedMembers: counted.length,
  };
}
