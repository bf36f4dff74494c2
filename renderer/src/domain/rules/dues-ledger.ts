import type { DuesPayment, DuesProfile } from '../entities/dues';
import type { YearMonth } from '../entities/dues-month';
import { addMonthsTo, chineseMonth, monthFromIndex, monthIndex } from '../entities/dues-month';
import type { DuesRateTable } from '../entities/dues-rates';
import type { DuesAmount } from './dues-amount';
import { monthlyDues } from './dues-amount';
import { profileForMonth } from './dues-profile';

/** What the ledger needs to know of one member. */
export interface MemberDuesFacts {
  /** Month of 加入党组织: a 预备党员 pays from the month of admission (党费规定 第一条). */
  joinMonth?: YearMonth;
  /** Month of 转出 (or death, removal): nothing is owed or taken after it. */
  leaveMonth?: YearMonth;
  profiles: readonly DuesProfile[];
  payments: readonly DuesPayment[];
}

/** Live entries that count: not deleted, not reversals, and not cancelled by a live reversal. */
export function effectivePayments(payments: readonly DuesPayment[]): DuesPayment[] {
  const live = payments.filter((p) => p.deletedAt === undefined);
  const reversed = new Set(
    live.flatMap((p) => (p.kind === 'reversal' && p.reversesId !== undefined ? [p.reversesId] : [])),
  );
  return live.filter((p) => p.kind !== 'reversal' && !reversed.has(p.id));
}

/** Each month's paid dues (regular entries only; 自愿多交 pays no month). */
export function paidMonths(payments: readonly DuesPayment[]): Map<YearMonth, { fen: number; payment: DuesPayment }> {
  const paid = new Map<YearMonth, { fen: number; payment: DuesPayment }>();
  for (const payment of effectivePayments(payments)) {
    if (payment.kind !== 'regular') continue;
    payment.months.forEach((month, i) => paid.set(month, { fen: payment.monthAmountsFen[i] ?? 0, payment }));
  }
  return paid;
}

/** The first month dues are owed: the later of the first profile and the admission month. */
export function duesStartMonth(facts: MemberDuesFacts): YearMonth | undefined {
  const starts = facts.profiles.filter((p) => p.deletedAt === undefined).map((p) => monthIndex(p.effectiveFrom));
  if (starts.length === 0) return undefined;
  const first = Math.min(...starts);
  const join = facts.joinMonth === undefined ? first : monthIndex(facts.joinMonth);
  return monthFromIndex(Math.max(first, join));
}

/** The amount owed for one month, or undefined when no profile covers it. */
export function dueFor(facts: MemberDuesFacts, rates: DuesRateTable, month: YearMonth): DuesAmount | undefined {
  const profile = profileForMonth(facts.profiles, month);
  return profile === undefined ? undefined : monthlyDues(profile, rates);
}

export interface MemberDuesStatus {
  /** No category set yet: nothing is computed or counted. */
  hasProfile: boolean;
  startMonth?: YearMonth;
  /** 缴至: the last month of the unbroken run of paid (or exempted) months from the start. */
  paidThrough?: YearMonth;
  /** Past months (before the current one) owed and not paid, oldest first. */
  unpaid: YearMonth[];
  /** The longest unbroken run of unpaid months: 党章 art. 9 speaks of six consecutive months. */
  longestRun: number;
  /** 少交/免交 in force this month. */
  reliefNow?: '少交' | '免交';
  owedFen: number;
}

/**
 * Where a member stands on the current month. The current month is not yet in arrears (it can be paid
 * until its end); months after the member left are never owed. Works across year boundaries.
 */
export function memberDuesStatus(
  facts: MemberDuesFacts,
  rates: DuesRateTable,
  currentMonth: YearMonth,
  /** Count arrears only from this month on (the overview reads a recent window of entries). */
  countFrom?: YearMonth,
): MemberDuesStatus {
  const start = duesStartMonth(facts);
  const current = profileForMonth(facts.profiles, currentMonth);
  const reliefNow = current?.relief?.kind;
  if (start === undefined) return { hasProfile: false, unpaid: [], longestRun: 0, owedFen: 0 };
  const paid = paidMonths(facts.payments);
  const leave = facts.leaveMonth === undefined ? Infinity : monthIndex(facts.leaveMonth);
  const exempt = (month: YearMonth) => profileForMonth(facts.profiles, month)?.relief?.kind === '免交';
  const settled = (month: YearMonth) => paid.has(month) || exempt(month);

  const unpaid: YearMonth[] = [];
  let owedFen = 0;
  let run = 0;
  let longestRun = 0;
  const last = Math.min(monthIndex(currentMonth) - 1, leave);
  const first = Math.max(monthIndex(start), countFrom === undefined ? -Infinity : monthIndex(countFrom));
  for (let i = first; i <= last; i += 1) {
    const month = monthFromIndex(i);
    if (settled(month)) {
      run = 0;
      continue;
    }
    unpaid.push(month);
    owedFen += dueFor(facts, rates, month)?.fen ?? 0;
    run += 1;
    longestRun = Math.max(longestRun, run);
  }

  let through: YearMonth | undefined;
  // 预交 can run ahead of today; ten years ahead is more than any office takes.
  const stop = Math.min(leave, monthIndex(currentMonth) + 120);
  const now = monthIndex(currentMonth);
  // A 免交 month counts as settled only once it has come; months ahead need a real 预交.
  const settledBy = (month: YearMonth) => paid.has(month) || (monthIndex(month) <= now && exempt(month));
  for (let month = start; monthIndex(month) <= stop && settledBy(month); month = addMonthsTo(month, 1)) through = month;

  return {
    hasProfile: true,
    startMonth: start,
    ...(through === undefined ? {} : { paidThrough: through }),
    unpaid,
    longestRun,
    ...(reliefNow === undefined ? {} : { reliefNow }),
    owedFen,
  };
}

/** "缴至 2026年10月", or why there is no such month. */
export function paidThroughText(status: MemberDuesStatus): string {
  if (!status.hasProfile) return '未设置缴费类别';
  if (status.paidThrough === undefined) return '尚未缴纳';
  return `缴至 ${chineseMonth(status.paidThrough)}`;
}

/** The line a 组织关系介绍信 carries: "党费交至 2026年10月". */
export function transferLetterDuesLine(status: MemberDuesStatus): string | undefined {
  if (status.paidThrough === undefined) return undefined;
  return `党费交至${chineseMonth(status.paidThrough)}`;
}
