import type { IsoDate } from '../entities/dates';
import type { Member, MonthDateField } from '../entities/member';

/**
 * A date known to the month only prints as the month, "1985.06", the way 出生年月/入党年月 are written
 * on 党员花名册 and 党员档案 forms; a full date prints as stored.
 */
export function dateText(date: IsoDate | undefined, monthOnly: boolean): string {
  if (date === undefined || date === '') return '';
  return monthOnly ? `${date.slice(0, 4)}.${date.slice(5, 7)}` : date;
}

export function isMonthOnly(member: Pick<Member, 'monthOnlyDates'>, field: MonthDateField): boolean {
  return member.monthOnlyDates?.includes(field) === true;
}

/** One of a member's dates as it prints everywhere (roster, member page, exports, documents). */
export function memberDateText(member: Pick<Member, MonthDateField | 'monthOnlyDates'>, field: MonthDateField): string {
  return dateText(member[field], isMonthOnly(member, field));
}
