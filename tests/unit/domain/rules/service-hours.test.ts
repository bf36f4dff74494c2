import { describe, expect, it } from 'vitest';
import {
  feedbackPeriodRange,
  serviceHoursByYear,
  serviceHoursIn,
  serviceRecordProblem,
} from '../../../../renderer/src/domain/rules/service-hours';

const records = [
  { date: '2025-12-31', hours: 2.5 },
  { date: '2026-01-01', hours: 0.1 },
  { date: '2026-06-30', hours: 0.2 },
  { date: '2026-07-01', hours: 4 },
  { date: '2026-08-01', hours: 8, deletedAt: '2026-08-02T00:00:00.000Z' },
];

describe('在职党员 service totals', () => {
  it('count each record in the calendar year of its date, deleted ones not at all', () => {
    const byYear = serviceHoursByYear(records);
    expect(byYear.get(2025)).toBe(2.5);
    expect(byYear.get(2026)).toBe(4.3);
    expect(byYear.has(2027)).toBe(false);
  });

  it('a half-year or quarter takes the records within its dates, ends included', () => {
    const h1 = feedbackPeriodRange(2026, 'H1');
    expect(serviceHoursIn(records, h1.from, h1.to)).toBe(0.3);
    const q3 = feedbackPeriodRange(2026, 'Q3');
    expect(q3).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(serviceHoursIn(records, q3.from, q3.to)).toBe(4);
  });

  it('a record before the report date or after today is refused', () => {
    const person = { reportDate: '2026-03-01' };
    expect(serviceRecordProblem(person, '2026-02-28', '2026-05-01')).toContain('早于报到日期');
    expect(serviceRecordProblem(person, '2026-03-01', '2026-05-01')).toBeNull();
    expect(serviceRecordProblem(person, '2026-05-02', '2026-05-01')).toContain('晚于今天');
  });
});
