import type { Attendance } from '../../domain/entities/activity';
import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { StudyEntry } from '../../domain/entities/study-record';
import type { StudySummary } from '../../domain/entities/study-summary';
import { studySummaryId } from '../../domain/entities/study-summary';
import { maxDate } from '../../domain/rules/calendar';
import type { FloatingContactDue } from '../../domain/rules/floating-contact';
import { floatingContactDue } from '../../domain/rules/floating-contact';
import type { ExemptionKind } from '../../domain/rules/exemption';
import { exemptionOn } from '../../domain/rules/exemption';
import type { LapseReminder } from '../../domain/rules/lapse-chain';
import { lapseReminder } from '../../domain/rules/lapse-chain';
import type { TermReminder } from '../../domain/rules/term-of-office';
import { termReminder } from '../../domain/rules/term-of-office';
import type { PeriodCheck } from '../../domain/rules/meeting-frequency';
import { meetingFrequencyChecks } from '../../domain/rules/meeting-frequency';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { LifeGap } from '../../domain/rules/organisational-life';
import { organisationalLifeGap } from '../../domain/rules/organisational-life';
import type { ProbationDue } from '../../domain/rules/probation';
import { probationDue } from '../../domain/rules/probation';
import { studyHoursSplit } from '../../domain/rules/concentrated-study';
import { studyPace } from '../../domain/rules/study-target';
import type { ThoughtReportOverdue } from '../../domain/rules/thought-reports';
import { thoughtReportOverdue } from '../../domain/rules/thought-reports';
import type { LedgerDatabase } from '../database';
import { getAllInRanges, memberRange } from '../index-batch-read';
import { frequencyTypes, frequencyUnits, loadArchiveContext, withCommittees } from './archive-context';

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

export interface ExemptItem {
  member: MemberRef;
  kind: ExemptionKind;
  /** 年老体弱 … or the destination abroad. */
  reason: string;
  since: IsoDate;
  until?: IsoDate;
  /** The last 送学上门 entry in the archive. */
  lastVisit?: IsoDate;
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
  /** 失联 six months, 停止党籍 two years, away six months at a fixed place (条例 arts. 24–25). */
  lapseChain: (LapseReminder & { member: MemberRef })[];
  /** 换届: terms ending within six months or already over. */
  terms: TermReminder[];
  /** 送学上门对象 (条例 art. 23) and members 出国（境）学习研究 (art. 34): listed, never warned about. */
  exempt: ExemptItem[];
  /** Whole months left in the year after this one. */
  monthsLeft: number;
  countedMembers: number;
}

/** Events after which the six-month count starts afresh: the member arrived or came back. */
const RESTART_EVENTS = ['transferred-in', 'reinstated', 'contact-restored'] as const;

/**
 * Last year's summaries of the members who have no organisational life yet this year (the others'
 * last one is this year's). Few of them late in the year: by key; in January nearly all: by year.
 */
async function summariesBefore(
  db: LedgerDatabase,
  year: number,
  memberIds: readonly string[],
  counted: number,
): Promise<Map<string, StudySummary>> {
  const rows =
    memberIds.length * 4 > counted
      ? await db.studySummaries.where('year').equals(year).toArray()
      : (await db.studySummaries.bulkGet(memberIds.map((id) => studySummaryId(id, year)))).filter(
          (row): row is StudySummary => row !== undefined,
        );
  return new Map(rows.map((s) => [s.memberId, s]));
}

/** Each member's latest date among the rows that are not deleted. */
function latestPerMember<T extends { memberId: string; deletedAt?: string }>(
  rows: readonly T[],
  dateOf: (row: T) => IsoDate,
): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  for (const row of rows) {
    if (row.deletedAt !== undefined) continue;
    const previous = latest.get(row.memberId);
    const date = dateOf(row);
    if (previous === undefined || date > previous) latest.set(row.memberId, date);
  }
  return latest;
}

/**
 * Everything the overview warns about, from the members and the yearly summaries, plus small indexed
 * reads for the few members a rule flags — issued together in one read transaction, never one member
 * after another, and never a scan of attendance (DESIGN.md: 10,000 members, 1,000,000 rows).
 */
export async function loadComplianceSnapshot(db: LedgerDatabase, today: IsoDate): Promise<ComplianceSnapshot> {
  const year = Number(today.slice(0, 4));
  const [
    context,
    members,
    { units, all },
    types,
    activities,
    thisYear,
    restartEvents,
    contactLogs,
    reports,
    suspensions,
  ] = await Promise.all([
    loadArchiveContext(db, year, today),
    db.members.toArray(),
    frequencyUnits(db),
    db.activityTypes.toArray(),
    db.activities.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
    db.studySummaries.where('year').equals(year).toArray(),
    // Arrivals and returns are rare: one indexed read per event type (v7), not one per member.
    Promise.all(RESTART_EVENTS.map((type) => db.memberEvents.where('type').equals(type).toArray())),
    // Contact logs and 思想汇报 are kept only for floating and probationary members, a few a year
    // each: one read of each small table costs less than a request per member.
    db.contactLogs.toArray(),
    db.thoughtReports.toArray(),
    db.memberEvents.where('type').equals('suspended').toArray(),
  ]);
  const arrivals = latestPerMember(restartEvents.flat(), (event) => event.date);
  const lastContact = latestPerMember(contactLogs, (log) => log.date);
  const lastReport = latestPerMember(reports, (report) => report.receivedDate);
  const { settings } = context;
  const branchName = new Map(all.map((unit) => [unit.id, unit.name]));
  const ref = (member: Member): MemberRef => ({
    id: member.id,
    name: member.name,
    branchId: member.branchId,
    branchName: branchName.get(member.branchId) ?? '（未分配支部）',
  });
  const allCounted = members.filter(isCountedMember);
  // 条例 arts. 23, 34: exempt members are listed apart (below), not measured by the lapse and pace rules.
  const exemptMembers = allCounted.filter((member) => exemptionOn(member, today) !== null);
  const counted = allCounted.filter((member) => exemptionOn(member, today) === null);
  const summaryNow = new Map<string, StudySummary>(thisYear.map((s) => [s.memberId, s]));
  const summaryBefore = await summariesBefore(
    db,
    year - 1,
    counted.filter((m) => summaryNow.get(m.id)?.lastOrganisationalLifeDate === undefined).map((m) => m.id),
    counted.length,
  );

  const meetingChecks = meetingFrequencyChecks({
    year,
    today,
    units: withCommittees(units, all, members),
    types: frequencyTypes(types),
    activities: activities.filter((activity) => activity.deletedAt === undefined && activity.status === 'held'),
  });

  // First pass from the summaries alone; only the members it flags get the finer reads below.
  const lifeFlagged: { member: Member; lastLifeDate: IsoDate | undefined }[] = [];
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
    if (gap !== null && gap.level !== 'ok') lifeFlagged.push({ member, lastLifeDate });
  }

  // The rare members with no organisational life in two years: their older summaries, by index.
  const noRecentLife = lifeFlagged.filter(({ lastLifeDate }) => lastLifeDate === undefined);
  const olderSummaries =
    noRecentLife.length === 0
      ? []
      : await db.transaction('r', db.studySummaries, () =>
          Promise.all(
            noRecentLife.map(({ member }) => db.studySummaries.where('memberId').equals(member.id).toArray()),
          ),
        );
  const olderOf = new Map(noRecentLife.map(({ member }, index) => [member.id, olderSummaries[index] ?? []]));
  const refining = lifeFlagged.map(({ member, lastLifeDate }) => {
    const arrival = arrivals.get(member.id);
    const older =
      lastLifeDate === undefined
        ? maxDate(...(olderOf.get(member.id) ?? []).map((s) => s.lastOrganisationalLifeDate))
        : lastLifeDate;
    return { member, arrival, older };
  });
  const lifeGaps: ComplianceSnapshot['lifeGaps'] = [];
  for (const { member, arrival, older } of refining) {
    // Leave asked for is not part of the warning (it is still non-participation): it is a note on the
    // list, read afterwards by `membersOnLeave`.
    const refined = organisationalLifeGap({
      member,
      ...(older === undefined ? {} : { lastLifeDate: older }),
      countFrom: maxDate(arrival, context.recordsStart) ?? context.recordsStart,
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
    // 条例 art. 20: the target is met by 集中 hours, and by 自学 too only if the setting says so.
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

  const floating = counted.flatMap((member) => {
    const last = lastContact.get(member.id);
    const due = floatingContactDue({
      member,
      ...(last === undefined ? {} : { lastContact: last }),
      countFrom: context.recordsStart,
      months: settings.floatingContactMonths,
      today,
    });
    return due === null ? [] : [{ ...due, member: ref(member) }];
  });

  const exempt = await exemptItems(db, exemptMembers, today, ref);
  const suspendedSince = latestPerMember(suspensions, (event) => event.date);
  const lapseChain = members.flatMap((member) => {
    const reminder = lapseReminder(member, today, suspendedSince.get(member.id));
    return reminder === null ? [] : [{ ...reminder, member: ref(member) }];
  });

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
    lapseChain,
    terms: all.flatMap((unit) => {
      const reminder = termReminder(unit, today);
      return reminder === null ? [] : [reminder];
    }),
    monthsLeft: 12 - Number(today.slice(5, 7)),
    countedMembers: allCounted.length,
  };
}

/** The exempt members with their last 送学上门 entry: one indexed range each, all at once (they are few). */
async function exemptItems(
  db: LedgerDatabase,
  members: readonly Member[],
  today: IsoDate,
  ref: (member: Member) => MemberRef,
): Promise<ExemptItem[]> {
  const entries = await getAllInRanges<StudyEntry>(
    db,
    'studyEntries',
    '[memberId+date]',
    members.map((member) => memberRange(member.id)),
  );
  return members.flatMap((member, index): ExemptItem[] => {
    const kind = exemptionOn(member, today)?.kind;
    const lastVisit = maxDate(
      ...(entries[index] ?? [])
        .filter((entry) => entry.deletedAt === undefined && entry.source === 'home-visit')
        .map((entry) => entry.date),
    );
    const visit = lastVisit === undefined ? {} : { lastVisit };
    if (kind === 'home-study' && member.homeStudy !== undefined) {
      return [{ member: ref(member), kind, reason: member.homeStudy.reason, since: member.homeStudy.since, ...visit }];
    }
    if (kind === 'abroad' && member.abroad !== undefined) {
      const { from, until, place } = member.abroad;
      return [
        {
          member: ref(member),
          kind,
          reason: place ?? '',
          since: from,
          ...(until === undefined ? {} : { until }),
          ...visit,
        },
      ];
    }
    return [];
  });
}

/**
 * The members among `gaps` who asked for leave, with a reason, for a meeting after their gap began
 * (the rule's `leaveSince > 0`): one indexed range of each one's attendance, all requests at once.
 * The overview shows it as a note on the list once read; the warnings do not wait for it.
 */
export async function membersOnLeave(db: LedgerDatabase, gaps: readonly LifeGap[]): Promise<Set<string>> {
  const rows = await getAllInRanges<Attendance>(
    db,
    'attendance',
    '[memberId+date]',
    gaps.map((gap) => memberRange(gap.memberId, gap.since)),
  );
  const onLeave = new Set<string>();
  gaps.forEach((gap, index) => {
    const asked = (rows[index] ?? []).some(
      (row) => row.deletedAt === undefined && row.status === 'leave' && (row.reason ?? '').trim() !== '',
    );
    if (asked) onLeave.add(gap.memberId);
  });
  return onLeave;
}

/** The snapshot with the leave notes of `membersOnLeave` filled in. */
export function withLeave(snapshot: ComplianceSnapshot, onLeave: ReadonlySet<string>): ComplianceSnapshot {
  return { ...snapshot, lifeGaps: snapshot.lifeGaps.map((gap) => ({ ...gap, onLeave: onLeave.has(gap.memberId) })) };
}
