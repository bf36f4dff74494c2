import { describe, expect, it } from 'vitest';
import { addMonths, addYears, daysBetween, fullMonthsBetween } from '../../../../renderer/src/domain/rules/calendar';

describe('calendar arithmetic', () => {
  it('adding months to the 31st lands on the last day of a shorter month, leap years included', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts whole months: exactly six, and five months thirty days', () => {
    expect(fullMonthsBetween('2026-01-15', '2026-07-15')).toBe(6);
    expect(fullMonthsBetween('2026-01-15', '2026-07-14')).toBe(5);
    expect(fullMonthsBetween('2025-08-31', '2026-02-28')).toBe(6);
    expect(fullMonthsBetween('2025-08-31', '2026-02-27')).toBe(5);
    expect(fullMonthsBetween('2026-07-15', '2026-01-15')).toBe(0);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
  });
});
