import type { IsoDate } from '../entities/dates';
import { parseFlexibleDate } from './flexible-date';

/** What a person typed into a date, time or month field, read the way a Chinese office writes it. */
export type TypedParse = { ok: true; value: string } | { ok: false; reason: string };

const DATE_HINT = '可写作 2013-05-28、2013.5.28、2013年5月28日 或 20130528';

function clean(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, '');
}

/**
 * A date typed into a form field: everything parseFlexibleDate reads, except a month without its day
 * (a form asks for a day) and a bare Excel serial number (a typed "41422" is a typo, not a date).
 */
export function parseTypedDate(text: string): TypedParse {
  const typed = clean(text);
  if (typed === '') return { ok: false, reason: '请填写日期' };
  if (/^\d+$/.test(typed) && typed.length !== 8)
    return { ok: false, reason: `无法识别的日期“${typed}”（${DATE_HINT}）` };
  const parsed = parseFlexibleDate(typed);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: parsed.reason.startsWith('无法识别') ? `无法识别的日期“${typed}”（${DATE_HINT}）` : parsed.reason,
    };
  }
  if (parsed.partial === 'month') return { ok: false, reason: `请写到日，例如 ${parsed.date.slice(0, 8)}01` };
  return { ok: true, value: parsed.date satisfies IsoDate };
}

/** A clock time in 24-hour form: 14:30, 14.30, 1430, 930, 14点30分, 14点, 下午2点30 → 'HH:mm'. */
export function parseTypedTime(text: string): TypedParse {
  let typed = clean(text).replace(/：/g, ':');
  if (typed === '') return { ok: false, reason: '请填写时间' };
  let afternoon = false;
  const period = /^(上午|早上|中午|下午|晚上)/.exec(typed);
  if (period !== null) {
    afternoon = period[1] === '下午' || period[1] === '晚上';
    typed = typed.slice(period[1]?.length ?? 0);
  }
  const match =
    /^(\d{1,2})[:.点时](\d{1,2})?分?$/.exec(typed) ?? /^(\d{1,2})(\d{2})$/.exec(typed) ?? /^(\d{1,2})()$/.exec(typed);
  if (match === null) return { ok: false, reason: `无法识别的时间“${text.trim()}”（请写作 24 小时制，如 14:30）` };
  let hour = Number(match[1]);
  const minute = match[2] === undefined || match[2] === '' ? 0 : Number(match[2]);
  if (afternoon && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return { ok: false, reason: `时间不存在：${text.trim()}` };
  return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** A month: 2024-05, 2024.5, 2024/5, 2024年5月, 202405 → 'YYYY-MM'. */
export function parseTypedMonth(text: string): TypedParse {
  const typed = clean(text);
  if (typed === '') return { ok: false, reason: '请填写月份' };
  const match = /^(\d{4})[-./年](\d{1,2})月?$/.exec(typed) ?? /^(\d{4})(\d{2})$/.exec(typed);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12 || year < 1900 || year > 2100) {
    return { ok: false, reason: `无法识别的月份“${typed}”（可写作 2024-05、2024.5 或 2024年5月）` };
  }
  return { ok: true, value: `${year}-${String(month).padStart(2, '0')}` };
}
