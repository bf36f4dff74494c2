import type { IsoDate } from '../entities/dates';
import { addMonths, addYears, daysBetween } from './calendar';

/**
 * 换届: a community Party organisation's committee serves 5 years (村/社区 aligned to 5 since the 2021
 * round), other branch committees 3–5 years (DOMAIN.md; 支部工作条例 art. 8 and the 换届 rules). The
 * overview reminds `REMIND_MONTHS` before the term ends and flags a term that has run out.
 */
export const DEFAULT_TERM_YEARS = 5;
export const REMIND_MONTHS = 6;

export interface TermReminder {
  unitId: string;
  unitName: string;
  termEnd: IsoDate;
  daysLeft: number;
  state: 'due-soon' | 'overdue';
}

export function termEnd(termStart: IsoDate, termYears: number): IsoDate {
  return addYears(termStart, termYears);
}

export function termReminder(
  unit: { id: string; name: string; termStart?: IsoDate; termYears?: number; retiredAt?: IsoDate },
  today: IsoDate,
): TermReminder | null {
  if (unit.termStart === undefined || unit.retiredAt !== undefined) return null;
  const end = termEnd(unit.termStart, unit.termYears ?? DEFAULT_TERM_YEARS);
  if (addMonths(today, REMIND_MONTHS) < end) return null;
  const daysLeft = daysBetween(today, end);
  return { unitId: unit.id, unitName: unit.name, termEnd: end, daysLeft, state: daysLeft < 0 ? 'overdue' : 'due-soon' };
}
