import type { DuesHandUp, DuesPayment, DuesPaymentWay, DuesProfile } from '../../domain/entities/dues';
import { duesHandUpSchema, duesPaymentSchema, duesProfileSchema } from '../../domain/entities/dues';
import type { YearMonth } from '../../domain/entities/dues-month';
import { addMonthsTo, monthOfDate } from '../../domain/entities/dues-month';
import type { Member, MemberEvent } from '../../domain/entities/member';
import type { NewRecord } from '../../domain/entities/record';
import type { MemberDuesFacts, MemberDuesStatus } from '../../domain/rules/dues-ledger';
import { memberDuesStatus } from '../../domain/rules/dues-ledger';
import type { DuesWarningBand } from '../../domain/rules/dues-warnings';
import type { BranchYearSummary } from '../../domain/rules/dues-period';
import { branchYearSummary } from '../../domain/rules/dues-period';
import { duesWarningBand } from '../../domain/rules/dues-warnings';
import type { PaymentDraft } from '../../domain/rules/dues-payment';
import { checkPayment, isHandedUpWhole, reversalFields, reversalRefusal } from '../../domain/rules/dues-payment';
import type { LedgerDatabase } from '../database';
import { createRecord, touchRecord } from '../records';
import { getDuesSettings } from './dues-settings-repository';

/** A refused dues entry: every reason, in Chinese; nothing was written. */
export class DuesError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('；'));
  }
}

const LEAVING_EVENTS: ReadonlySet<MemberEvent['type']> = new Set(['transferred-out', 'deceased', 'removed']);

/** The month a member left the books (转出, 去世, 除名), from the latest such event; none while in the books. */
export function leaveMonthOf(member: Member, events: readonly MemberEvent[]): YearMonth | undefined {
  if (member.membershipStatus === 'active') return undefined;
  const dates = events
    .filter((e) => e.deletedAt === undefined && LEAVING_EVENTS.has(e.type))
    .map((e) => e.date)
    .sort();
  const last = dates.at(-1);
  return last === undefined ? undefined : monthOfDate(last);
}

/** Whether a member is a 送学上门对象 (条例 art. 23: 年老体弱, 行动不便 …): such members are shown, not nagged. */
export function isCareFlagged(member: Member): boolean {
  return member.homeStudy !== undefined;
}

/** Everything the dues rules need about some members, read with indexes (no table scans). */
export async function loadDuesFacts(
  db: LedgerDatabase,
  members: readonly Member[],
): Promise<Map<string, MemberDuesFacts>> {
  const ids = members.map((m) => m.id);
  const [profiles, payments, events] = await Promise.all([
    db.duesProfiles.where('memberId').anyOf(ids).toArray(),
    db.duesPayments.where('memberId').anyOf(ids).toArray(),
    db.memberEvents
      .where('memberId')
      .anyOf(members.filter((m) => m.membershipStatus !== 'active').map((m) => m.id))
      .toArray(),
  ]);
  const group = <T extends { memberId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.memberId);
      if (list === undefined) map.set(row.memberId, [row]);
      else list.push(row);
    }
    return map;
  };
  const profilesOf = group(profiles.filter((p) => p.deletedAt === undefined));
  const paymentsOf = group(payments);
  const eventsOf = group(events);
  const facts = new Map<string, MemberDuesFacts>();
  for (const member of members) {
    const leave = leaveMonthOf(member, eventsOf.get(member.id) ?? []);
    facts.set(member.id, {
      ...(member.joinDate === undefined ? {} : { joinMonth: monthOfDate(member.joinDate) }),
      ...(leave === undefined ? {} : { leaveMonth: leave }),
      profiles: profilesOf.get(member.id) ?? [],
      payments: paymentsOf.get(member.id) ?? [],
    });
  }
  return facts;
}

export interface ProfileInput {
  memberId: string;
  effectiveFrom: YearMonth;
  fields: Omit<NewRecord<DuesProfile>, 'memberId' | 'effectiveFrom'>;
}

/**
 * Sets the category and base of several members from a month on, in one transaction. A profile already
 * starting that month is replaced (the change log keeps the old one); earlier months keep theirs.
 */
export async function saveDuesProfiles(db: LedgerDatabase, inputs: readonly ProfileInput[]): Promise<void> {
  const records = inputs.map((input) =>
    duesProfileSchema.parse(
      createRecord<DuesProfile>({ ...input.fields, memberId: input.memberId, effectiveFrom: input.effectiveFrom }),
    ),
  );
  await db.transaction('rw', db.duesProfiles, async () => {
    for (const record of records) {
      const existing = (
        await db.duesProfiles
          .where('[memberId+effectiveFrom]')
          .equals([record.memberId, record.effectiveFrom])
          .toArray()
      ).find((p) => p.deletedAt === undefined);
      if (existing === undefined) await db.duesProfiles.add(record);
      else
        await db.duesProfiles.put({
          ...touchRecord(existing),
          ...record,
          id: existing.id,
          createdAt: existing.createdAt,
        });
    }
  });
}

export interface PaymentInput extends PaymentDraft {
  memberId: string;
  way: DuesPaymentWay;
  collector?: string;
  receiptNo?: string;
  note?: string;
}

function paymentRecord(input: PaymentInput, branchId: string, handedUpWhole: boolean): DuesPayment {
  const { memberId, kind, months, monthAmountsFen, date, way, collector, receiptNo, note } = input;
  return duesPaymentSchema.parse(
    createRecord<DuesPayment>({
      memberId,
      branchId,
      kind,
      months,
      monthAmountsFen,
      amountFen: monthAmountsFen.reduce((a, b) => a + b, 0),
      date,
      way,
      ...(collector === undefined || collector.trim() === '' ? {} : { collector: collector.trim() }),
      ...(receiptNo === undefined || receiptNo.trim() === '' ? {} : { receiptNo: receiptNo.trim() }),
      ...(kind === 'voluntary' ? { handedUpWhole } : {}),
      ...(note === undefined || note.trim() === '' ? {} : { note: note.trim() }),
    }),
  );
}

/** The tables a payment's checks read and its write touches, so checks and write see one state. */
const DUES_WRITE_SCOPE = (db: LedgerDatabase) => [
  db.settings,
  db.members,
  db.memberEvents,
  db.duesProfiles,
  db.duesPayments,
];

export interface RecordResult {
  payments: DuesPayment[];
  warnings: string[];
}

/**
 * Records payments (one member's 补交, or a whole branch's month) in one transaction: every entry is
 * checked against what is stored at that moment, and one refusal writes nothing.
 */
export async function recordDuesPayments(
  db: LedgerDatabase,
  inputs: readonly PaymentInput[],
  today: string,
): Promise<RecordResult> {
  return db.transaction('rw', DUES_WRITE_SCOPE(db), async () => {
    const settings = await getDuesSettings(db);
    const members = (await db.members.bulkGet(inputs.map((i) => i.memberId))).filter(
      (m): m is Member => m !== undefined && m.deletedAt === undefined,
    );
    const facts = await loadDuesFacts(db, members);
    const byId = new Map(members.map((m) => [m.id, m]));
    const errors: string[] = [];
    const warnings: string[] = [];
    const records: DuesPayment[] = [];
    for (const input of inputs) {
      const member = byId.get(input.memberId);
      const memberFacts = facts.get(input.memberId);
      if (member === undefined || memberFacts === undefined) {
        errors.push('党员不存在或已删除');
        continue;
      }
      const check = checkPayment(input, memberFacts, settings, today);
      errors.push(...check.errors.map((e) => `${member.name}：${e}`));
      warnings.push(...check.warnings.map((w) => `${member.name}：${w}`));
      const total = input.monthAmountsFen.reduce((a, b) => a + b, 0);
      if (check.errors.length === 0) {
        const record = paymentRecord(input, member.branchId, isHandedUpWhole(total, settings));
        records.push(record);
        memberFacts.payments = [...memberFacts.payments, record];
      }
    }
    if (errors.length > 0) throw new DuesError(errors);
    await db.duesPayments.bulkAdd(records);
    return { payments: records, warnings };
  });
}

/** Cancels an entry with a reversal entry (the audit trail); the old entry is never edited. */
export async function reverseDuesPayment(
  db: LedgerDatabase,
  paymentId: string,
  date: string,
  reason: string,
  replacement?: PaymentInput,
  today: string = date,
): Promise<DuesPayment> {
  return db.transaction('rw', DUES_WRITE_SCOPE(db), async () => {
    const target = await db.duesPayments.get(paymentId);
    if (target === undefined) throw new DuesError(['该记录不存在']);
    const all = await db.duesPayments.where('memberId').equals(target.memberId).toArray();
    const refusal = reversalRefusal(target, all);
    if (refusal !== undefined) throw new DuesError([refusal]);
    if (date > today) throw new DuesError(['冲销日期不能晚于今天']);
    const reversal = duesPaymentSchema.parse(createRecord<DuesPayment>(reversalFields(target, date, reason)));
    await db.duesPayments.add(reversal);
    if (replacement !== undefined) await recordDuesPayments(db, [replacement], today);
    return reversal;
  });
}

/** The branch's members on the dues books: not deleted; those who left stay for the months before. */
export async function duesMembersOfBranch(db: LedgerDatabase, branchId: string): Promise<Member[]> {
  const members = await db.members.where('branchId').equals(branchId).toArray();
  return members
    .filter((m) => m.deletedAt === undefined)
    .sort((a, b) => a.namePinyin.localeCompare(b.namePinyin) || a.name.localeCompare(b.name));
}

/** Entries touching any month from `from` on: the overview's recent window, one index read. */
export async function duesPaymentsSince(db: LedgerDatabase, from: YearMonth): Promise<DuesPayment[]> {
  return db.duesPayments.where('months').aboveOrEqual(from).distinct().toArray();
}

export async function addDuesHandUp(db: LedgerDatabase, fields: NewRecord<DuesHandUp>): Promise<DuesHandUp> {
  const record = duesHandUpSchema.parse(createRecord<DuesHandUp>(fields));
  await db.duesHandUps.add(record);
  return record;
}

export async function duesHandUpsOf(db: LedgerDatabase, year: number): Promise<DuesHandUp[]> {
  return (await db.duesHandUps.where('year').equals(year).toArray()).filter((h) => h.deletedAt === undefined);
}

export interface DuesWatchItem {
  member: { id: string; name: string; branchId: string; branchName: string };
  status: MemberDuesStatus;
  band: DuesWarningBand;
}

/** How far back the overview looks for unpaid months: two years, read by the month index. */
export const DUES_WATCH_MONTHS = 24;

/**
 * The overview's dues lines: members in the books with a category, their unpaid months in the last two
 * years, banded by the settings. Reads the recent entries by month (one index read), not all of them.
 */
export async function loadDuesWatch(db: LedgerDatabase, today: string): Promise<DuesWatchItem[]> {
  const currentMonth = monthOfDate(today);
  const from = addMonthsTo(currentMonth, -DUES_WATCH_MONTHS);
  const [settings, profiles, payments, units] = await Promise.all([
    getDuesSettings(db),
    db.duesProfiles.toArray(),
    duesPaymentsSince(db, from),
    db.orgUnits.toArray(),
  ]);
  const memberIds = [...new Set(profiles.filter((p) => p.deletedAt === undefined).map((p) => p.memberId))];
  const members = (await db.members.bulkGet(memberIds)).filter(
    (m): m is Member => m !== undefined && m.deletedAt === undefined && m.membershipStatus === 'active',
  );
  const branchNames = new Map(units.map((u) => [u.id, u.name]));
  const profilesOf = new Map<string, DuesProfile[]>();
  for (const p of profiles)
    if (p.deletedAt === undefined) profilesOf.set(p.memberId, [...(profilesOf.get(p.memberId) ?? []), p]);
  const paymentsOf = new Map<string, DuesPayment[]>();
  for (const p of payments) {
    const list = paymentsOf.get(p.memberId);
    if (list === undefined) paymentsOf.set(p.memberId, [p]);
    else list.push(p);
  }
  const items: DuesWatchItem[] = [];
  for (const member of members) {
    const facts: MemberDuesFacts = {
      ...(member.joinDate === undefined ? {} : { joinMonth: monthOfDate(member.joinDate) }),
      profiles: profilesOf.get(member.id) ?? [],
      payments: paymentsOf.get(member.id) ?? [],
    };
    const status = memberDuesStatus(facts, settings.rates, currentMonth, from);
    const band = duesWarningBand(status, settings, isCareFlagged(member));
    if (band === 'none') continue;
    items.push({
      member: {
        id: member.id,
        name: member.name,
        branchId: member.branchId,
        branchName: branchNames.get(member.branchId) ?? '',
      },
      status,
      band,
    });
  }
  return items;
}

/** Every branch's year for the 上缴汇总 (retired branches too, if they have members on the books). */
export async function loadDuesYearSummary(db: LedgerDatabase, year: number): Promise<BranchYearSummary[]> {
  const units = (await db.orgUnits.where('kind').equals('branch').toArray())
    .filter((u) => u.deletedAt === undefined)
    .sort((a, b) => a.order - b.order);
  const handUps = await duesHandUpsOf(db, year);
  const summaries: BranchYearSummary[] = [];
  for (const unit of units) {
    const members = await duesMembersOfBranch(db, unit.id);
    const facts = await loadDuesFacts(db, members);
    const withDues = [...facts.values()].filter((f) => f.profiles.length > 0 || f.payments.length > 0);
    const own = handUps.filter((h) => h.branchId === unit.id);
    if (withDues.length === 0 && own.length === 0 && unit.retiredAt !== undefined) continue;
    summaries.push(branchYearSummary(unit.name, withDues, own, year));
  }
  return summaries;
}
