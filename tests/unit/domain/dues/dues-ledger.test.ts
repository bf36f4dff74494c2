import { describe, expect, it } from 'vitest';
import { DEFAULT_DUES_SETTINGS, NATIONAL_DUES_RATES } from '../../../../renderer/src/domain/entities/dues-rates';
import {
  effectivePayments,
  memberDuesStatus,
  paidThroughText,
  transferLetterDuesLine,
} from '../../../../renderer/src/domain/rules/dues-ledger';
import { checkPayment, reversalFields, reversalRefusal } from '../../../../renderer/src/domain/rules/dues-payment';
import { duesWarningBand } from '../../../../renderer/src/domain/rules/dues-warnings';
import { payment, profile } from './dues-fixtures';

const rates = NATIONAL_DUES_RATES;
const worker = profile({ category: '在职', baseFen: 400_000, effectiveFrom: '2025-01' });

describe('arrears across a year boundary', () => {
  it('paid to October 2025, in February 2026 three months are unpaid: Nov, Dec, Jan', () => {
    const facts = {
      profiles: [worker],
      payments: [
        payment([
          '2025-01',
          '2025-02',
          '2025-03',
          '2025-04',
          '2025-05',
          '2025-06',
          '2025-07',
          '2025-08',
          '2025-09',
          '2025-10',
        ]),
      ],
    };
    const status = memberDuesStatus(facts, rates, '2026-02');
    expect(status.unpaid).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(status.longestRun).toBe(3);
    expect(status.paidThrough).toBe('2025-10');
    expect(status.owedFen).toBe(3 * 4000);
    expect(paidThroughText(status)).toBe('缴至 2025年10月');
    expect(transferLetterDuesLine(status)).toBe('党费交至2025年10月');
    expect(duesWarningBand(status, DEFAULT_DUES_SETTINGS, false)).toBe('warn');
  });
  it('the current month is not yet in arrears', () => {
    const status = memberDuesStatus({ profiles: [worker], payments: [] }, rates, '2025-01');
    expect(status.unpaid).toEqual([]);
    expect(paidThroughText(status)).toBe('尚未缴纳');
  });
  it('five months is an alarm, six in a row is listed for the branch to verify', () => {
    const five = memberDuesStatus({ profiles: [worker], payments: [] }, rates, '2025-06');
    expect(duesWarningBand(five, DEFAULT_DUES_SETTINGS, false)).toBe('alarm');
    const six = memberDuesStatus({ profiles: [worker], payments: [] }, rates, '2025-07');
    expect(six.longestRun).toBe(6);
    expect(duesWarningBand(six, DEFAULT_DUES_SETTINGS, false)).toBe('lapse');
  });
  it('members exempted or flagged 年老体弱 are shown as excused, not nagged', () => {
    const six = memberDuesStatus({ profiles: [worker], payments: [] }, rates, '2025-07');
    expect(duesWarningBand(six, DEFAULT_DUES_SETTINGS, true)).toBe('excused');
    const exempt = profile({
      category: '离退休',
      baseFen: 300_000,
      effectiveFrom: '2025-01',
      relief: {
        kind: '免交',
        reason: '重病',
        decisionDate: '2025-01-02',
        approvedBy: '社区党委',
        approvedDate: '2025-01-05',
      },
    });
    const status = memberDuesStatus({ profiles: [exempt], payments: [] }, rates, '2025-12');
    expect(status.unpaid).toEqual([]);
    expect(status.paidThrough).toBe('2025-12');
  });
  it('a 预备党员 owes from the month of admission, not from the profile before it', () => {
    const status = memberDuesStatus({ joinMonth: '2025-09', profiles: [worker], payments: [] }, rates, '2025-12');
    expect(status.startMonth).toBe('2025-09');
    expect(status.unpaid).toEqual(['2025-09', '2025-10', '2025-11']);
  });
  it('nothing is owed after the transfer-out month', () => {
    const status = memberDuesStatus({ leaveMonth: '2025-03', profiles: [worker], payments: [] }, rates, '2026-06');
    expect(status.unpaid).toEqual(['2025-01', '2025-02', '2025-03']);
  });
  it('预交 moves 缴至 ahead of today', () => {
    const status = memberDuesStatus(
      { profiles: [worker], payments: [payment(['2025-01', '2025-02', '2025-03'])] },
      rates,
      '2025-02',
    );
    expect(status.paidThrough).toBe('2025-03');
  });
  it('a raise from July changes the amount owed from July', () => {
    const raise = profile({ category: '在职', baseFen: 600_000, effectiveFrom: '2025-07' });
    const status = memberDuesStatus({ profiles: [worker, raise], payments: [] }, rates, '2025-08');
    expect(status.owedFen).toBe(6 * 4000 + 9000);
  });
  it('a member without a category is not counted', () => {
    expect(memberDuesStatus({ profiles: [], payments: [] }, rates, '2025-08').hasProfile).toBe(false);
  });
});

describe('reversal entries', () => {
  it('a reversal cancels the entry and reopens its months; the old entry stays', () => {
    const original = payment(['2025-01', '2025-02']);
    const reversal = { ...original, ...reversalFields(original, '2025-03-01', '金额有误'), id: 'r1' };
    expect(reversal.amountFen).toBe(-2000);
    expect(reversal.note).toBe('冲销：金额有误');
    const all = [original, reversal];
    expect(effectivePayments(all)).toEqual([]);
    const status = memberDuesStatus({ profiles: [worker], payments: all }, rates, '2025-03');
    expect(status.unpaid).toEqual(['2025-01', '2025-02']);
    expect(reversalRefusal(original, all)).toBe('该记录已被冲销');
    expect(reversalRefusal(reversal, all)).toContain('不能再冲销');
  });
  it('a deleted reversal no longer cancels', () => {
    const original = payment(['2025-01']);
    const reversal = { ...original, ...reversalFields(original, '2025-03-01', ''), id: 'r2', deletedAt: 'x' };
    expect(effectivePayments([original, reversal])).toHaveLength(1);
  });
});

describe('payment checks: bad input is refused with the reason', () => {
  const facts = { joinMonth: '2025-03', leaveMonth: '2026-02', profiles: [worker], payments: [payment(['2025-05'])] };
  const check = (months: string[], fen = 4000, date = '2026-01-20') =>
    checkPayment(
      { kind: 'regular', months, monthAmountsFen: months.map(() => fen), date },
      facts,
      DEFAULT_DUES_SETTINGS,
      '2026-01-31',
    );
  it('a month already paid is refused, naming when', () => {
    expect(check(['2025-05']).errors[0]).toContain('2025年5月的党费已于 2026-01-10 登记');
  });
  it('a month before admission or after transfer-out is refused', () => {
    expect(check(['2025-02']).errors[0]).toContain('早于入党');
    expect(check(['2026-03']).errors[0]).toContain('晚于组织关系转出');
  });
  it('negative, zero and absurd amounts are refused', () => {
    expect(check(['2025-06'], -100).errors).toContain('金额不能为负数');
    expect(check(['2025-06'], 0).errors[0]).toContain('金额为零');
    expect(check(['2025-06'], 600_000).errors[0]).toContain('异常');
  });
  it('a payment date after today is refused', () => {
    expect(check(['2025-06'], 4000, '2026-02-01').errors).toContain('缴纳日期不能晚于今天');
  });
  it('补交 of four months is fine; reaching back past six months warns', () => {
    expect(check(['2025-09', '2025-10', '2025-11', '2025-12'])).toEqual({ errors: [], warnings: [] });
    const long = check(['2025-06', '2025-07']);
    expect(long.errors).toEqual([]);
    expect(long.warnings[0]).toContain('已超过 6 个月');
  });
  it('预交 is allowed with a note', () => {
    expect(check(['2026-01', '2026-02']).warnings[0]).toContain('预交 1 个月');
  });
  it('a voluntary payment needs an amount', () => {
    const result = checkPayment(
      { kind: 'voluntary', months: ['2026-01'], monthAmountsFen: [0], date: '2026-01-20' },
      facts,
      DEFAULT_DUES_SETTINGS,
      '2026-01-31',
    );
    expect(result.errors).toContain('自愿多交的金额应大于零');
  });
});
