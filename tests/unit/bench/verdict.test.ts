import { describe, expect, it } from 'vitest';
import type { FigureResult } from '../../bench/runner/figure';
import { ratioOf, verdict } from '../../bench/runner/report';
import { percentile } from '../../bench/runner/stats';

function figure(overrides: Partial<FigureResult>): FigureResult {
  return { id: 'f', label: '指标', scale: 'S', unit: 'ms', samples: [10, 20, 30], ...overrides };
}

describe('bench verdicts can fail', () => {
  it('a figure inside its budget holds', () => {
    expect(verdict(figure({ budget: 25 })).holds).toBe(true);
  });

  it('a figure over its budget fails', () => {
    expect(verdict(figure({ budget: 15 }))).toMatchObject({ holds: false });
  });

  it('a budgeted figure with no samples fails instead of passing on NaN', () => {
    const result = verdict(figure({ samples: [], budget: 1000 }));
    expect(result.holds).toBe(false);
    expect(result.text).toContain('没有测量值');
  });

  it('a sample that is not a number fails', () => {
    expect(verdict(figure({ samples: [Number.NaN], budget: 1000 })).holds).toBe(false);
  });

  it('a ratio budget without a baseline fails', () => {
    expect(verdict(figure({ ratioBudget: 2 })).text).toContain('没有基线');
    expect(verdict(figure({ ratioBudget: 2, baseline: { label: '裸', samples: [] } })).holds).toBe(false);
  });

  it('a ratio over its budget fails and one under it holds', () => {
    expect(verdict(figure({ ratioBudget: 1.5, baseline: { label: '裸', samples: [10] } })).holds).toBe(false);
    expect(verdict(figure({ ratioBudget: 1.5, baseline: { label: '裸', samples: [15] } })).holds).toBe(true);
  });

  it('a failed check (the restored rows differ) fails the figure even when its time is fine', () => {
    const result = verdict(
      figure({
        ratioBudget: 1.5,
        baseline: { label: '裸', samples: [20] },
        checks: [{ label: '恢复后逐表逐行与原库一致', passed: false, detail: '表 members 第 3 行不同' }],
      }),
    );
    expect(result.holds).toBe(false);
    expect(result.text).toContain('恢复后逐表逐行与原库一致不成立');
  });

  it('a skipped figure with a budget is a failure, not a pass', () => {
    expect(verdict(figure({ samples: [], budget: 30, skipped: '未测：运行出错' })).holds).toBe(false);
  });

  it('a per-keystroke budget is checked on the 95th percentile, not the median', () => {
    const keystrokes = [...Array.from({ length: 19 }, () => 5), 80];
    expect(verdict(figure({ samples: keystrokes, budget: 30 })).holds).toBe(true);
    expect(verdict(figure({ samples: keystrokes, budget: 30, statistic: 'p95' })).holds).toBe(true);
    const slowTail = [...Array.from({ length: 18 }, () => 5), 80, 90];
    expect(verdict(figure({ samples: slowTail, budget: 30, statistic: 'p95' })).holds).toBe(false);
    expect(ratioOf(figure({ samples: slowTail, statistic: 'p95', baseline: { label: '裸', samples: [40] } }))).toBe(2);
  });

  it('the nearest-rank percentile picks a sample', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 95)).toBeNaN();
  });
});
