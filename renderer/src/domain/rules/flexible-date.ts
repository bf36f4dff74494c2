import type { IsoDate } from '../entities/dates';

export type DateParse = { ok: true; date: IsoDate; partial?: 'month' } | { ok: false; reason: string };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function build(year: number, month: number, day: number, partial?: 'month'): DateParse {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 2100 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, reason: `日期不存在：${year}年${month}月${day}日` };
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return partial === undefined ? { ok: true, date: iso } : { ok: true, date: iso, partial };
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 Feb 1900 that never was, so day 0 is 1899-12-30 from day 61. */
export function excelSerialToIso(serial: number): DateParse {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73050)
    return { ok: false, reason: `无法识别的日期数字：${serial}` };
  const whole = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, whole < 61 ? 31 : 30);
  const date = new Date(epoch + whole * 86_400_000);
  return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * 出生年月 typed as 1954.09 into a number cell is stored as the number 1954.09, and 1954.10 as 1954.1:
 * Excel drops the trailing zero. Two decimals are the month; one decimal is a month ending in 0 (1954.1
 * is October) unless that is no month (1954.9 is September).
 */
function yearDotMonth(value: number): DateParse {
  const year = Math.floor(value);
  const hundredths = Math.round((value - year) * 100);
  const month = hundredths >= 1 && hundredths <= 12 ? hundredths : hundredths % 10 === 0 ? hundredths / 10 : 0;
  if (month < 1 || month > 12) return { ok: false, reason: `无法识别的年月：${value}` };
  return build(year, month, 1, 'month');
}

/**
 * Dates as offices type them: 2013.5.28, 2013-05-28, 2013/5/28, 2013年5月28日, 20130528, 201305 or
 * 2013.5 (month only: the 1st is stored and `partial: 'month'` says so), the number 2013.05 of a number
 * cell, and Excel serial numbers or date cells.
 */
export function parseFlexibleDate(raw: string | number | Date): DateParse {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, reason: '日期无效' };
    // exceljs gives date cells as UTC midnight.
    return build(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) && raw >= 1900 && raw < 2101) return yearDotMonth(raw);
    if (Number.isInteger(raw) && raw >= 190001 && raw <= 210012) return parseFlexibleDate(String(raw));
    if (Number.isInteger(raw) && raw >= 19000101 && raw <= 21001231) return parseFlexibleDate(String(raw));
    return excelSerialToIso(raw);
  }
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  if (text === '') return { ok: false, reason: '日期为空' };
  let match = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(text);
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})[-./年](\d{1,2})月?$/.exec(text);
  if (match !== null) return build(Number(match[1]), Number(match[2]), 1, 'month');
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})$/.exec(text);
  if (match !== null) return build(Number(match[1]), Number(match[2]), 1, 'month');
  if (/^\d+(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  return { ok: false, reason: `无法识别的日期“${text}”（可写作 2013-05-28、2013.5.28 或 2013年5月28日）` };
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  // 29 Feb plus a year is 28 Feb.
  if (monthDay === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return `${year}-02-28`;
  return `${year}-${monthDay}`;
}

/** 党章 art. 7: the probationary period is one year from 加入党组织日期. */
export function confirmationDueDate(joinDate: IsoDate): IsoDate {
  return addYears(joinDate, 1);
}

export function ageOn(birthDate: IsoDate, today: IsoDate): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
