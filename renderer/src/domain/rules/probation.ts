import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { addMonths, addYears, daysBetween } from './calendar';
import { isCountedMember } from './member-standing';

/**
 * 党章 art. 7: the probationary period (预备期) is one year from joining; the branch must then
 * discuss 转正 in good time. Warned `warnDays` before (settings, default 30) and every day after.
 */
/**
 * The day the 预备期 ends: one year after joining (a member who joined on 29 February completes it on
 * 28 February of a common year), plus the months of any extension (党章 art. 7: 6 months to a year).
 */
export function probationEndDate(joinDate: IsoDate, extendedMonths = 0): IsoDate {
  const year = addYears(joinDate, 1);
  return extendedMonths > 0 ? addMonths(joinDate, 12 + extendedMonths) : year;
}

/**
 * 转正 takes effect the day the 预备期 (as extended) ends (党章 art. 7; 发展党员工作细则 art. 30): a 转正
 * date that differs is stored, but with this warning for the office to check.
 */
export function confirmationDateWarning(
  member: Pick<Member, 'joinDate' | 'fullMemberDate' | 'probationExtendedMonths'>,
): string | null {
  if (member.joinDate === undefined || member.fullMemberDate === undefined) return null;
  const end = probationEndDate(member.joinDate, member.probationExtendedMonths ?? 0);
  if (member.fullMemberDate === end) return null;
  return `转正日期应为预备期满之日 ${end}${(member.probationExtendedMonths ?? 0) > 0 ? `（已延长 ${member.probationExtendedMonths ?? 0} 个月）` : ''}，登记的是 ${member.fullMemberDate}，请核实`;
}

export interface ProbationDue {
  memberId: string;
  dueDate: IsoDate;
  /** Months the 预备期 was extended by, 0 if not. */
  extendedMonths: number;
  /** Negative when overdue. */
  daysLeft: number;
  state: 'due-soon' | 'overdue';
}

export function probationDue(
  member: Pick<
    Member,
    | 'id'
    | 'category'
    | 'joinDate'
    | 'fullMemberDate'
    | 'membershipStatus'
    | 'partyStanding'
    | 'deletedAt'
    | 'probationExtendedMonths'
  >,
  today: IsoDate,
  warnDays: number,
): ProbationDue | null {
  if (member.category !== '预备党员' || member.joinDate === undefined || member.fullMemberDate !== undefined)
    return null;
  if (!isCountedMember(member)) return null;
  const extendedMonths = member.probationExtendedMonths ?? 0;
  const dueDate = probationEndDate(member.joinDate, extendedMonths);
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft > warnDays) return null;
  return { memberId: member.id, dueDate, extendedMonths, daysLeft, state: daysLeft < 0 ? 'overdue' : 'due-soon' };
}
