import { z } from 'zod';

/** Calendar dates are stored as 'YYYY-MM-DD' strings: no time zone can shift a birthday. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export type IsoDate = string;

/** Clock times of activities, 'HH:mm'. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function todayIso(now: Date = new Date()): IsoDate {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** A moment shown the way the office writes it, 2026-05-28 14:30, whatever the browser's locale. */
export function formatStamp(moment: string | number | Date): string {
  const at = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${todayIso(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
