import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { fullMonthsBetween, maxDate } from './calendar';
import { isCountedMember } from './member-standing';

/**
 * 党员教育管理工作条例 (2019) art. 32: the sending branch keeps in touch with its floating members.
 * A floating member with no contact-log entry for `months` (settings; 条例 art. 32 says "保持经常联系"
 * with no interval, so a quarter by default) is listed for a call or visit.
 */
export interface FloatingContactDue {
  memberId: string;
  lastContact?: IsoDate;
  since: IsoDate;
  months: number;
}

export function floatingContactDue(input: {
  member: Pick<Member, 'id' | 'floating' | 'floatingSince' | 'membershipStatus' | 'partyStanding' | 'deletedAt'>;
  lastContact?: IsoDate;
  countFrom: IsoDate;
  months: number;
  today: IsoDate;
}): FloatingContactDue | null {
  if (!input.member.floating || !isCountedMember(input.member)) return null;
  const since = maxDate(input.lastContact, input.member.floatingSince, input.countFrom) ?? input.countFrom;
  const elapsed = fullMonthsBetween(since, input.today);
  if (elapsed < input.months) return null;
  return {
    memberId: input.member.id,
    ...(input.lastContact === undefined ? {} : { lastContact: input.lastContact }),
    since,
    months: elapsed,
  };
}
