import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../renderer/src/domain/entities/activity';
import type { PlanItem } from '../../../../renderer/src/domain/entities/education-plan';
import type { Lecturer } from '../../../../renderer/src/domain/entities/lecturer';
import { summariseBudget } from '../../../../renderer/src/domain/rules/budget';
import { matchPlanToActual } from '../../../../renderer/src/domain/rules/plan-vs-actual';
import { DEFAULT_ACTIVITY_TYPES } from '../../../../renderer/src/domain/rules/default-activity-types';
import { generateSampleOffice } from '../../../../renderer/src/domain/sample-data/generate-sample-office';
import type { SampleRows } from '../../../../renderer/src/domain/sample-data/generate-sample-office';

const OPTIONS = { seed: 7, memberCount: 60, years: 1, endDate: '2026-10-15' };

function collect<K extends keyof SampleRows>(table: K): SampleRows[K][] {
  const rows: SampleRows[K][] = [];
  for (const batch of generateSampleOffice(OPTIONS))
    if (batch.table === table) rows.push(...(batch.rows as SampleRows[K][]));
  return rows;
}

describe('sample education resources', () => {
  const lecturers: Lecturer[] = collect('lecturers');
  const activities: Activity[] = collect('activities');

  it('the outside lecturers the sample lessons name are in the lecturer pool, with their lessons', () => {
    expect(lecturers.length).toBeGreaterThanOrEqual(5);
    const wang = lecturers.find((lecturer) => lecturer.name === '王教授');
    expect(wang?.unit).toBe('区委党校');
    const taught = activities.filter((activity) => activity.lecturerId !== undefined);
    expect(taught.length).toBeGreaterThan(0);
    const ids = new Set(lecturers.map((lecturer) => lecturer.id));
    for (const activity of taught) expect(ids.has(activity.lecturerId ?? '')).toBe(true);
  });

  it('the plan of the end year shows held and overdue items against the sample activities', () => {
    const plan: PlanItem[] = collect('planItems');
    expect(plan.every((item) => item.year === 2026)).toBe(true);
    const names = new Map(DEFAULT_ACTIVITY_TYPES.map((type) => [type.id, type.name]));
    const progress = matchPlanToActual(
      plan,
      activities.map((activity) => ({ ...activity, typeName: names.get(activity.typeId) ?? '' })),
      OPTIONS.endDate,
    );
    const statuses = new Set(progress.map((entry) => entry.status));
    expect(statuses.has('held')).toBe(true);
    expect(statuses.has('overdue')).toBe(true);
    expect(statuses.has('pending')).toBe(true);
  });

  it('the budget has lines, spending linked to activities, and a positive balance', () => {
    const summary = summariseBudget(2026, collect('budgetLines'), collect('spendings'));
    expect(summary.budgetFen).toBe(2_850_000);
    expect(summary.spentFen).toBeGreaterThan(0);
    expect(summary.balanceFen).toBe(summary.budgetFen - summary.spentFen);
    expect([...summary.byActivity.keys()].some((id) => id !== '')).toBe(true);
    expect(collect('courseware').length).toBeGreaterThan(0);
  });
});
