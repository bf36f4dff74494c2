import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../renderer/src/domain/entities/education-plan';
import type { ActualActivity } from '../../../renderer/src/domain/rules/plan-vs-actual';
import { matchPlanToActual, planYearProblem } from '../../../renderer/src/domain/rules/plan-vs-actual';

let sequence = 0;
function item(month: number, typeName: string, activityTypeId?: string): PlanItem {
  sequence += 1;
  return {
    id: `p${sequence}`,
    createdAt: `2026-01-01T00:00:0${sequence % 10}Z`,
    updatedAt: '2026-01-01T00:00:00Z',
    year: 2026,
    month,
    typeName,
    ...(activityTypeId === undefined ? {} : { activityTypeId }),
    topic: '主题',
    targetGroup: '全体党员',
    hours: 2,
    budgetFen: 0,
  };
}
function activity(
  id: string,
  typeId: string,
  typeName: string,
  date: string,
  status: ActualActivity['status'] = 'held',
) {
  return { id, typeId, typeName, date, status, title: id };
}

describe('plan against actual', () => {
  it('an item is held when an activity of its type was held in its month', () => {
    const [progress] = matchPlanToActual(
      [item(3, '党课', 't-lesson')],
      [activity('a1', 't-lesson', '党课', '2026-03-15')],
      '2026-06-01',
    );
    expect(progress?.status).toBe('held');
    expect(progress?.activity?.id).toBe('a1');
  });

  it('a month that has ended without the activity is overdue; the current and later months are not yet due', () => {
    const result = matchPlanToActual([item(4, '党课'), item(6, '党课'), item(9, '党课')], [], '2026-06-01');
    expect(result.map((entry) => entry.status)).toEqual(['overdue', 'pending', 'pending']);
  });

  it('an activity of another type, another month, or only planned or cancelled does not count', () => {
    const result = matchPlanToActual(
      [item(3, '党课', 't-lesson')],
      [
        activity('other-type', 't-day', '主题党日', '2026-03-10'),
        activity('other-month', 't-lesson', '党课', '2026-04-02'),
        activity('cancelled', 't-lesson', '党课', '2026-03-12', 'cancelled'),
        activity('planned', 't-lesson', '党课', '2026-03-20', 'planned'),
      ],
      '2026-06-01',
    );
    expect(result[0]?.status).toBe('overdue');
  });

  it('one held activity carries out one item only: two lessons planned in March need two held', () => {
    const result = matchPlanToActual(
      [item(3, '党课'), item(3, '党课')],
      [activity('a1', 't', '党课', '2026-03-05')],
      '2026-06-01',
    );
    expect(result.map((entry) => entry.status)).toEqual(['held', 'overdue']);
  });

  it('without a type id, items match activities by type name', () => {
    const result = matchPlanToActual(
      [item(5, '远程教育')],
      [activity('a1', 'tx', '远程教育', '2026-05-20')],
      '2026-05-21',
    );
    expect(result[0]?.status).toBe('held');
  });

  it('a plan item in a past year is refused with a clear message', () => {
    expect(planYearProblem(2025, '2026-01-10')).toBe(
      '2025 年已经过去，不能再添加计划项目；请选择 2026 年或以后的年度。',
    );
    expect(planYearProblem(2026, '2026-12-31')).toBeNull();
    expect(planYearProblem(2027, '2026-12-31')).toBeNull();
  });
});
