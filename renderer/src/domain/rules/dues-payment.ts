import type { DuesPayment, DuesPaymentKind } from '../entities/dues';
import type { IsoDate } from '../entities/dates';
import type { YearMonth } from '../entities/dues-month';
import { chineseMonth, monthIndex, monthOfDate } from '../entities/dues-month';
import type { DuesSettings } from '../entities/dues-rates';
import type { MemberDuesFacts } from './dues-ledger';
import { dueFor, effectivePayments, paidMonths } from './dues-ledger';
import { formatFen } from './money';

/** More than this for one month is a typing slip: 2% of a 250,000 元 monthly wage. */
export const MAX_MONTH_FEN = 500_000;
/** A voluntary payment above this (1,000 万元) is a typing slip. */
export const MAX_VOLUNTARY_FEN = 1_000_000_000;

export interface PaymentDraft {
  kind: Exclude<DuesPaymentKind, 'reversal'>;
  months: YearMonth[];
  monthAmountsFen: number[];
  date: IsoDate;
}

export interface PaymentCheck {
  /** Reasons the entry is refused; nothing is written while there is one. */
  errors: string[];
  /** Facts to confirm (补交 past the limit, 预交). */
  warnings: string[];
}

/**
 * The checks of one payment entry (issue "Bad input"): negative or absurd amounts, a month before
 * admission or after transfer-out, a month already paid, a date after today. 补交 beyond the setting
 * (normally six months) and 预交 are allowed with a warning.
 */
export function checkPayment(
  draft: PaymentDraft,
  facts: MemberDuesFacts,
  settings: DuesSettings,
  today: IsoDate,
): PaymentCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (draft.date > today) errors.push('缴纳日期不能晚于今天');
  if (draft.months.length === 0) errors.push('请选择月份');
  if (draft.monthAmountsFen.length !== draft.months.length) errors.push('每个月份应有一个金额');
  for (const fen of draft.monthAmountsFen) {
    if (!Number.isInteger(fen)) errors.push('金额应精确到分');
    else if (fen < 0) errors.push('金额不能为负数');
  }
  const seen = new Set<YearMonth>();
  for (const month of draft.months) {
    if (seen.has(month)) errors.push(`${chineseMonth(month)}重复`);
    seen.add(month);
  }
  for (const month of draft.months) {
    if (facts.joinMonth !== undefined && monthIndex(month) < monthIndex(facts.joinMonth)) {
      errors.push(`${chineseMonth(month)}早于入党（加入党组织）的月份 ${chineseMonth(facts.joinMonth)}`);
    }
    if (facts.leaveMonth !== undefined && monthIndex(month) > monthIndex(facts.leaveMonth)) {
      errors.push(`${chineseMonth(month)}晚于组织关系转出的月份 ${chineseMonth(facts.leaveMonth)}`);
    }
  }
  if (draft.kind === 'voluntary') {
    const total = draft.monthAmountsFen.reduce((a, b) => a + b, 0);
    if (total === 0) errors.push('自愿多交的金额应大于零');
    if (total > MAX_VOLUNTARY_FEN) errors.push(`金额 ${formatFen(total)} 元异常，请检查`);
    return { errors, warnings };
  }

  const paid = paidMonths(facts.payments);
  for (const [i, month] of draft.months.entries()) {
    const fen = draft.monthAmountsFen[i] ?? 0;
    const previous = paid.get(month);
    if (previous !== undefined) {
      const receipt = previous.payment.receiptNo === undefined ? '' : `，收据号 ${previous.payment.receiptNo}`;
      errors.push(`${chineseMonth(month)}的党费已于 ${previous.payment.date} 登记${receipt}；如需更正，请先冲销原记录`);
    }
    if (fen > MAX_MONTH_FEN) errors.push(`${chineseMonth(month)}的金额 ${formatFen(fen)} 元异常，请检查`);
    const due = dueFor(facts, settings.rates, month);
    if (fen === 0 && (due === undefined || due.fen > 0)) errors.push(`${chineseMonth(month)}的金额为零，请填写金额`);
  }

  const current = monthIndex(monthOfDate(today));
  const past = draft.months.filter((m) => monthIndex(m) < current);
  const oldest = Math.min(...past.map(monthIndex));
  if (past.length > 0 && current - oldest > settings.backPayWarnMonths) {
    warnings.push(
      `补交 ${String(past.length)} 个月，最早为 ${chineseMonth(past.slice().sort()[0] ?? '')}，已超过 ${String(settings.backPayWarnMonths)} 个月：连续六个月不交纳党费的，应由支部核实原因（党章第九条）`,
    );
  }
  const ahead = draft.months.filter((m) => monthIndex(m) > current);
  if (ahead.length > 0)
    warnings.push(`预交 ${String(ahead.length)} 个月（至 ${chineseMonth(ahead.slice().sort().at(-1) ?? '')}）`);
  return { errors, warnings };
}

/** 党费规定 第七条: a single voluntary payment of 1,000 元 or more is handed up whole. */
export function isHandedUpWhole(amountFen: number, settings: DuesSettings): boolean {
  return amountFen >= settings.specialThresholdFen;
}

/** Why an entry cannot be reversed, or undefined when it can. */
export function reversalRefusal(target: DuesPayment, all: readonly DuesPayment[]): string | undefined {
  if (target.deletedAt !== undefined) return '该记录已删除';
  if (target.kind === 'reversal') return '冲销记录不能再冲销；如有错误，请重新登记';
  if (!effectivePayments(all).some((p) => p.id === target.id)) return '该记录已被冲销';
  return undefined;
}

/** The entry that cancels another: same months, amounts negated. The old entry stays as it was. */
export function reversalFields(
  target: DuesPayment,
  date: IsoDate,
  reason: string,
): Omit<DuesPayment, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  return {
    memberId: target.memberId,
    branchId: target.branchId,
    kind: 'reversal',
    months: [...target.months],
    monthAmountsFen: target.monthAmountsFen.map((fen) => -fen),
    amountFen: -target.amountFen,
    date,
    way: target.way,
    reversesId: target.id,
    note: reason.trim() === '' ? '冲销' : `冲销：${reason.trim()}`,
  };
}
