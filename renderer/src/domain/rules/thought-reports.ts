import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { addMonths, daysBetween, maxDate } from './calendar';
import { isCountedMember } from './member-standing';

/**
 * 思想汇报 has no central frequency (DOMAIN.md); the office sets one per category (default: 预备党员
 * every 3 months, 正式党员 not required). A report is overdue when the interval has passed since the
 * last one received — or since joining / the start of records when none has come in.
 */
export interface ThoughtReportOverdue {
  memberId: string;
  lastReceived?: IsoDate;
  dueDate: IsoDate;
  overdueDays: number;
}

export function thoughtReportOverdue(input: {
  member: Pick<Member, 'id' | 'category' | 'joinDate' | 'membershipStatus' | 'partyStanding' | 'deletedAt'>;
  intervalMonths: number;
  lastReceived?: IsoDate;
  countFrom: IsoDate;
  today: IsoDate;
}): ThoughtReportOverdue | null {
  if (input.intervalMonths <= 0 || !isCountedMember(input.member)) return null;
  const from = maxDate(input.lastReceived, input.member.joinDate, input.countFrom) ?? input.countFrom;
  const dueDate = addMonths(from, input.intervalMonths);
  const overdueDays = daysBetween(dueDate, input.today);
  if (overdueDays <= 0) return null;
  return {
    memberId: input.member.id,
    ...(input.lastReceived === undefined ? {} : { lastReceived: input.lastReceived }),
    dueDate,
    overdueDays,
  };
}
