import { z } from 'zod';

/** A dues month, 'YYYY-MM': dues are owed per calendar month (党费规定 第一条). */
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export type YearMonth = string;

export function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return `${String(year)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function addMonthsTo(month: YearMonth, count: number): YearMonth {
  return monthFromIndex(monthIndex(month) + count);
}

/** The month a date falls in: '2026-03-05' → '2026-03'. */
export function monthOfDate(date: string): YearMonth {
  return date.slice(0, 7);
}

/** Months from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) months.push(monthFromIndex(i));
  return months;
}

/** '2026-10' → '2026年10月' */
export function chineseMonth(month: YearMonth): string {
  return `${month.slice(0, 4)}年${String(Number(month.slice(5, 7)))}月`;
}

export function monthsOfYear(year: number): YearMonth[] {
  return monthsBetween(`${String(year)}-01`, `${String(year)}-12`);
}
