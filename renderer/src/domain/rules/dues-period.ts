import type { DuesHandUp } from '../entities/dues';
import type { YearMonth } from '../entities/dues-month';
import { chineseMonth, monthOfDate, monthsBetween } from '../entities/dues-month';
import type { MemberDuesFacts } from './dues-ledger';
import { effectivePayments, memberDuesStatus } from './dues-ledger';
import type { DuesRateTable } from '../entities/dues-rates';

export type DuesPeriodKind = 'month' | 'quarter';

const QUARTER_WORDS = ['一', '二', '三', '四'];

/** A 公示 period: a month (1–12) or a quarter (1–4) of a year. */
export function duesPeriod(year: number, kind: DuesPeriodKind, index: number): { months: YearMonth[]; label: string } {
  if (kind === 'month') {
    const month = `${String(year)}-${String(index).padStart(2, '0')}`;
    return { months: [month], label: chineseMonth(month) };
  }
  const first = (index - 1) * 3 + 1;
  return {
    months: monthsBetween(
      `${String(year)}-${String(first).padStart(2, '0')}`,
      `${String(year)}-${String(first + 2).padStart(2, '0')}`,
    ),
    label: `${String(year)}年第${QUARTER_WORDS[index - 1] ?? ''}季度`,
  };
}

export interface PeriodLine {
  name: string;
  /** 缴至年月, e.g. "2026年10月"; "—" when nothing is paid. */
  paidThrough: string;
  /** Regular dues for the period's months plus voluntary payments dated in it. */
  amountFen: number;
}

/** One member's line of a 收缴公示. */
export function periodLine(
  name: string,
  facts: MemberDuesFacts,
  rates: DuesRateTable,
  months: readonly YearMonth[],
  currentMonth: YearMonth,
): PeriodLine {
  const inPeriod = new Set(months);
  let amountFen = 0;
  for (const payment of effectivePayments(facts.payments)) {
    if (payment.kind === 'regular') {
      payment.months.forEach((m, i) => {
        if (inPeriod.has(m)) amountFen += payment.monthAmountsFen[i] ?? 0;
      });
    } else if (inPeriod.has(monthOfDate(payment.date))) amountFen += payment.amountFen;
  }
  const through = memberDuesStatus(facts, rates, currentMonth).paidThrough;
  return { name, paidThrough: through === undefined ? '—' : chineseMonth(through), amountFen };
}

export interface BranchYearSummary {
  branchName: string;
  members: number;
  /** Regular dues for the year's months. */
  regularFen: number;
  /** 自愿多交 dated in the year, and the part handed up whole (single payments ≥ 1000 元). */
  voluntaryFen: number;
  wholeFen: number;
  handUps: DuesHandUp[];
  handedUpFen: number;
}

/** One branch's year for the 上缴汇总. */
export function branchYearSummary(
  branchName: string,
  facts: readonly MemberDuesFacts[],
  handUps: readonly DuesHandUp[],
  year: number,
): BranchYearSummary {
  const prefix = `${String(year)}-`;
  let regularFen = 0;
  let voluntaryFen = 0;
  let wholeFen = 0;
  for (const member of facts) {
    for (const payment of effectivePayments(member.payments)) {
      if (payment.kind === 'regular') {
        payment.months.forEach((m, i) => {
          if (m.startsWith(prefix)) regularFen += payment.monthAmountsFen[i] ?? 0;
        });
      } else if (payment.date.startsWith(prefix)) {
        voluntaryFen += payment.amountFen;
        if (payment.handedUpWhole === true) wholeFen += payment.amountFen;
      }
    }
  }
  const live = handUps
    .filter((h) => h.deletedAt === undefined && h.year === year)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    branchName,
    members: facts.length,
    regularFen,
    voluntaryFen,
    wholeFen,
    handUps: live,
    handedUpFen: live.reduce((sum, h) => sum + h.amountFen, 0),
  };
}
