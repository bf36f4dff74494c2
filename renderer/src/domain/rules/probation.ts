import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { addYears, daysBetween } from './calendar';
import { isCountedMember } from './member-standing';

/**
 * 党章 art. 7: the probationary period (预备期) is one year from joining; the branch must then
 * discuss 转正 in good time. Warned `warnDays` before (settings, default 30) and every day after.
 */
export interface ProbationDue {
  memberId: string;
  dueDate: IsoDate;
  /** Negative when overdue. */
  daysLeft: number;
  state: 'due-soon' | 'overdue';
}

export function probationDue(
  member: Pick<
    Member,
    'id' | 'category' | 'joinDate' | 'fullMemberDate' | 'membershipStatus' | 'partyStanding' | 'deletedAt'
  >,
  today: IsoDate,
  warnDays: number,
): ProbationDue | null {
  if (member.category !== '预备党员' || member.joinDate === undefined || member.fullMemberDate !== undefined)
    return null;
  if (!isCountedMember(member)) return null;
  // A member who joined on 29 February completes the year on 28 February of a common year.
  const dueDate = addYears(member.joinDate, 1);
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft > warnDays) return null;
  return { memberId: member.id, dueDate, daysLeft, state: daysLeft < 0 ? 'overdue' : 'due-soon' };
}
