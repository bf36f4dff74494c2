import { describe, expect, it } from 'vitest';
import type { BudgetLine, Spending } from '../../../renderer/src/domain/entities/budget';
import { summariseBudget } from '../../../renderer/src/domain/rules/budget';

const base = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const line = (id: string, source: BudgetLine['source'], amountFen: number, year = 2026): BudgetLine => ({
  ...base,
  id,
  year,
  source,
  amountFen,
});
const spend = (id: string, amountFen: number, activityId?: string, extra: Partial<Spending> = {}): Spending => ({
  ...base,
  id,
  year: 2026,
  date: '2026-03-01',
  item: '资料费',
  amountFen,
  ...(activityId === undefined ? {} : { activityId }),
  ...extra,
});

describe('education budget in fen', () => {
  it('the balance is budget minus spending, exactly, by source and per activity', () => {
    const summary = summariseBudget(
      2026,
      [
        line('a', '财政专项', 1000000),
        line('b', '党费返还', 250050),
        line('c', '其他', 10),
        line('old', '其他', 999, 2025),
      ],
      [
        spend('s1', 12345, 'act1'),
        spend('s2', 10, 'act1'),
        spend('s3', 99999),
        spend('gone', 500, 'act1', { deletedAt: 'x' }),
      ],
    );
    expect(summary.budgetFen).toBe(1250060);
    expect(summary.spentFen).toBe(112354);
    expect(summary.balanceFen).toBe(1137706);
    expect(summary.bySource).toEqual({ 财政专项: 1000000, 党费返还: 250050, 其他: 10 });
    expect(summary.byActivity.get('act1')).toBe(12355);
    expect(summary.byActivity.get('')).toBe(99999);
  });

  it('overspending shows as a negative balance', () => {
    expect(summariseBudget(2026, [line('a', '其他', 100)], [spend('s', 150)]).balanceFen).toBe(-50);
  });
});
