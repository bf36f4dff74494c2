import { describe, expect, it } from 'vitest';
import { duesProfileSchema } from '../../../../renderer/src/domain/entities/dues';
import { duesRateTableSchema, NATIONAL_DUES_RATES } from '../../../../renderer/src/domain/entities/dues-rates';
import { monthlyDues, percentOfFen } from '../../../../renderer/src/domain/rules/dues-amount';
import { checkProfileDraft } from '../../../../renderer/src/domain/rules/dues-profile';
import { profile } from './dues-fixtures';

const employed = (baseFen: number) => monthlyDues(profile({ category: '在职', baseFen }), NATIONAL_DUES_RATES);
const retired = (baseFen: number) => monthlyDues(profile({ category: '离退休', baseFen }), NATIONAL_DUES_RATES);

describe('the national rate table at every boundary', () => {
  it('在职 3000.00 元 pays 0.5%, 3000.01 元 pays 1%', () => {
    expect(employed(300_000).fen).toBe(1500);
    expect(employed(300_001).fen).toBe(3000);
  });
  it('在职 5000.00 元 pays 1%, 5000.01 元 pays 1.5%', () => {
    expect(employed(500_000).fen).toBe(5000);
    expect(employed(500_001).fen).toBe(7500);
  });
  it('在职 10000.00 元 pays 1.5%, 10000.01 元 pays 2%', () => {
    expect(employed(1_000_000).fen).toBe(15000);
    expect(employed(1_000_001).fen).toBe(20000);
  });
  it('离退休 5000.00 元 pays 0.5%, 5000.01 元 pays 1%', () => {
    expect(retired(500_000).fen).toBe(2500);
    expect(retired(500_001).fen).toBe(5000);
  });
  it('a zero base owes nothing', () => {
    expect(employed(0).fen).toBe(0);
  });
  it('农民 pay the amount they chose within 0.2–1 元; students and 低保 pay 0.2 元', () => {
    expect(monthlyDues(profile({ category: '农民', fixedFen: 50 }), NATIONAL_DUES_RATES).fen).toBe(50);
    for (const category of ['学生', '下岗失业', '依靠抚恤或救济', '低保'] as const) {
      expect(monthlyDues(profile({ category }), NATIONAL_DUES_RATES).fen).toBe(20);
    }
  });
  it('every amount explains how it was computed', () => {
    const amount = employed(450_000);
    expect(amount.fen).toBe(4500);
    expect(amount.explanation).toContain('4,500.00 × 1% = 45.00 元');
    expect(amount.explanation).toContain('3000 元以上至 5000 元（含）');
    expect(amount.explanation).toContain('中组发〔2008〕3号');
  });
  it('an edited table is used instead of the national one', () => {
    const local = { ...NATIONAL_DUES_RATES, flatFen: 50, source: '某省规定' };
    const amount = monthlyDues(profile({ category: '学生' }), local);
    expect(amount.fen).toBe(50);
    expect(amount.explanation).toContain('某省规定');
  });
  it('a table whose bands are out of order is refused', () => {
    const bad = {
      ...NATIONAL_DUES_RATES,
      employed: [
        { upToFen: 500_000, basisPoints: 50 },
        { upToFen: 300_000, basisPoints: 100 },
        { upToFen: null, basisPoints: 200 },
      ],
    };
    expect(duesRateTableSchema.safeParse(bad).success).toBe(false);
    expect(duesRateTableSchema.safeParse(NATIONAL_DUES_RATES).success).toBe(true);
  });
});

describe('rounding to the fen, half up', () => {
  it('half a fen goes up, less than half goes down', () => {
    expect(percentOfFen(123_500, 50)).toBe(618); // 6.175 元 → 6.18
    expect(percentOfFen(123_457, 50)).toBe(617); // 6.17285 元 → 6.17
    expect(percentOfFen(100, 50)).toBe(1); // 0.005 元 → 0.01
    expect(percentOfFen(99, 50)).toBe(0); // 0.00495 元 → 0.00
    expect(percentOfFen(333_333, 150)).toBe(5000); // 49.99995 → 50.00
  });
  it('refuses fractions of a fen and negatives', () => {
    expect(() => percentOfFen(1.5, 50)).toThrow();
    expect(() => percentOfFen(-100, 50)).toThrow();
  });
});

describe('少交 and 免交 carry the branch decision and the approval', () => {
  const relief = {
    reason: '长期患病',
    decisionDate: '2026-01-05',
    approvedBy: '幸福社区党委',
    approvedDate: '2026-01-10',
  };
  it('免交 owes nothing and says who approved it', () => {
    const amount = monthlyDues(
      profile({ category: '离退休', baseFen: 400_000, relief: { kind: '免交', ...relief } }),
      NATIONAL_DUES_RATES,
    );
    expect(amount.fen).toBe(0);
    expect(amount.explanation).toContain('幸福社区党委 2026-01-10 批准');
  });
  it('少交 owes the reduced amount', () => {
    const p = profile({ category: '在职', baseFen: 800_000, relief: { kind: '少交', reducedFen: 200, ...relief } });
    expect(monthlyDues(p, NATIONAL_DUES_RATES).fen).toBe(200);
  });
  it('少交 without an amount, or without the approving committee, is refused', () => {
    const base = { ...profile({ category: '在职', baseFen: 800_000 }) };
    expect(duesProfileSchema.safeParse({ ...base, relief: { kind: '少交', ...relief } }).success).toBe(false);
    expect(duesProfileSchema.safeParse({ ...base, relief: { kind: '免交', ...relief, approvedBy: '' } }).success).toBe(
      false,
    );
  });
});

describe('the category-and-base form', () => {
  it('a base without a category is refused with the reason', () => {
    const result = checkProfileDraft({ category: '', base: '4500', fixed: '' }, NATIONAL_DUES_RATES);
    expect(result).toEqual({ ok: false, message: '填写了基数，请先选择缴费类别' });
  });
  it('在职 without a base is refused; students with a base are refused', () => {
    expect(checkProfileDraft({ category: '在职', base: '', fixed: '' }, NATIONAL_DUES_RATES).ok).toBe(false);
    expect(checkProfileDraft({ category: '学生', base: '100', fixed: '' }, NATIONAL_DUES_RATES).ok).toBe(false);
  });
  it('a negative base, or a 农民 amount outside 0.2–1 元, is refused', () => {
    expect(checkProfileDraft({ category: '在职', base: '-1', fixed: '' }, NATIONAL_DUES_RATES)).toEqual({
      ok: false,
      message: '金额不能为负数',
    });
    expect(checkProfileDraft({ category: '农民', base: '', fixed: '2' }, NATIONAL_DUES_RATES).ok).toBe(false);
  });
  it('a typed base becomes exact fen', () => {
    expect(checkProfileDraft({ category: '在职', base: '3,000.01', fixed: '' }, NATIONAL_DUES_RATES)).toEqual({
      ok: true,
      category: '在职',
      baseFen: 300_001,
    });
  });
});
