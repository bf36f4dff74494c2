import type { DuesPayment } from '../entities/dues';
import type { YearMonth } from '../entities/dues-month';
import { monthIndex, monthsOfYear } from '../entities/dues-month';
import type { DuesSettings } from '../entities/dues-rates';
import type { DuesAmount } from './dues-amount';
import type { MemberDuesFacts, MemberDuesStatus } from './dues-ledger';
import { dueFor, duesStartMonth, effectivePayments, memberDuesStatus, paidMonths } from './dues-ledger';
import { profileForMonth } from './dues-profile';

/**
 * paid: an entry covers it; exempt: 免交; owed: due and unpaid (past or current);
 * ahead: a coming month not yet paid; none: before the dues start or after the member left.
 */
export type DuesCellState = 'paid' | 'exempt' | 'owed' | 'ahead' | 'none';

export interface DuesCell {
  month: YearMonth;
  state: DuesCellState;
  /** Paid amount (paid) or amount due (owed, ahead). */
  fen: number;
  payment?: DuesPayment;
}

export interface DuesGridRow {
  memberId: string;
  name: string;
  category?: string;
  /** The amount due for the reference month, with how it was computed. */
  due?: DuesAmount;
  cells: DuesCell[];
  /** Regular dues paid for months of this year. */
  yearFen: number;
  /** 自愿多交 paid this year (by payment date). */
  voluntaryFen: number;
  status: MemberDuesStatus;
}

/** One member's line of the year's member × month grid (and of the yearly ledger). */
export function duesGridRow(
  member: { id: string; name: string },
  facts: MemberDuesFacts,
  settings: DuesSettings,
  year: number,
  currentMonth: YearMonth,
): DuesGridRow {
  const paid = paidMonths(facts.payments);
  const start = duesStartMonth(facts);
  const leave = facts.leaveMonth;
  const cells = monthsOfYear(year).map((month): DuesCell => {
    const hit = paid.get(month);
    if (hit !== undefined) return { month, state: 'paid', fen: hit.fen, payment: hit.payment };
    if (start === undefined || monthIndex(month) < monthIndex(start)) return { month, state: 'none', fen: 0 };
    if (leave !== undefined && monthIndex(month) > monthIndex(leave)) return { month, state: 'none', fen: 0 };
    if (profileForMonth(facts.profiles, month)?.relief?.kind === '免交') return { month, state: 'exempt', fen: 0 };
    const fen = dueFor(facts, settings.rates, month)?.fen ?? 0;
    return { month, state: monthIndex(month) <= monthIndex(currentMonth) ? 'owed' : 'ahead', fen };
  });
  const reference = year === Number(currentMonth.slice(0, 4)) ? currentMonth : `${String(year)}-12`;
  const due = dueFor(facts, settings.rates, reference) ?? dueFor(facts, settings.rates, `${String(year)}-01`);
  const category = profileForMonth(facts.profiles, reference)?.category;
  const yearPrefix = `${String(year)}-`;
  const voluntaryFen = effectivePayments(facts.payments)
    .filter((p) => p.kind === 'voluntary' && p.date.startsWith(yearPrefix))
    .reduce((sum, p) => sum + p.amountFen, 0);
  return {
    memberId: member.id,
    name: member.name,
    ...(category === undefined ? {} : { category }),
    ...(due === undefined ? {} : { due }),
    cells,
    yearFen: cells.filter((c) => c.state === 'paid').reduce((sum, c) => sum + c.fen, 0),
    voluntaryFen,
    status: memberDuesStatus(facts, settings.rates, currentMonth),
  };
}

/** Column totals of a grid: each month, the year's dues, the voluntary payments. */
export function duesGridTotals(rows: readonly DuesGridRow[]): {
  months: number[];
  yearFen: number;
  voluntaryFen: number;
} {
  const months = Array.from({ length: 12 }, (_, i) =>
    rows.reduce((sum, row) => {
      const cell = row.cells[i];
      return sum + (cell !== undefined && cell.state === 'paid' ? cell.fen : 0);
    }, 0),
  );
  return {
    months,
    yearFen: rows.reduce((sum, row) => sum + row.yearFen, 0),
    voluntaryFen: rows.reduce((sum, row) => sum + row.voluntaryFen, 0),
  };
}
