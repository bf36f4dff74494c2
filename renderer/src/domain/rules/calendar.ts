import type { IsoDate } from '../entities/dates';

/** Calendar arithmetic on 'YYYY-MM-DD' strings, in the calendar itself (no time zones, no clocks). */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Adds calendar months; a day the target month lacks becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

function dayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = new Date((dayNumber(date) + days) * 86_400_000);
  return isoOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole months elapsed from `from` to `to`: the largest n with addMonths(from, n) ≤ to (0 if `to` is earlier). */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (to <= from) return 0;
  const a = parts(from);
  const b = parts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

export function maxDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}

/** Chinese short date for messages: 6月12日, with the year only when it is not `currentYear`. */
export function chineseDate(date: IsoDate, currentYear?: number): string {
  const { year, month, day } = parts(date);
  return `${year === currentYear ? '' : `${year}年`}${month}月${day}日`;
}
