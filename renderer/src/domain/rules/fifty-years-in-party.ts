import type { Member } from '../entities/member';
import { isCountedMember } from './member-standing';
import { gloryFiftyYears } from './party-age';

export type FiftyYearCandidate = Pick<
  Member,
  'id' | 'category' | 'joinDate' | 'fullMemberDate' | 'membershipStatus' | 'partyStanding' | 'deletedAt'
>;

/**
 * The 光荣在党50年 ledger's list: members on the books whose 党龄 reaches 50 by 1 July of `year` (the rule
 * is gloryFiftyYears, counting earlier years too: a medal not yet given is still due) and who have not
 * had the medal. A 党龄 estimated from 加入党组织日期 is listed too; the page marks it for checking.
 */
export function fiftyYearEligible<T extends FiftyYearCandidate>(
  members: readonly T[],
  year: number,
  awarded: ReadonlySet<string>,
): T[] {
  return members.filter(
    (m) =>
      isCountedMember(m) &&
      m.category === '正式党员' &&
      !awarded.has(m.id) &&
      gloryFiftyYears(m, year, { includeEarlier: true }).eligible,
  );
}

/** The weeks before 七一 when the office prepares the medals: 1 May to 1 July (local practice). */
export function isFiftyYearSeason(today: string): boolean {
  const monthDay = today.slice(5);
  return monthDay >= '05-01' && monthDay <= '07-01';
}
