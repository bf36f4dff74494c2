import type { Member } from '../entities/member';
import { isCountedMember } from './member-standing';

/**
 * 光荣在党50年纪念章 (DOMAIN.md "Party membership"): 党龄 counts from the 转正 date (党章 art. 7), and the
 * medal goes to members whose 党龄 reaches 50 years by 1 July of the award year (awarded around 七一).
 * 预备党员 have no 党龄; a member without a 转正 date on file cannot be judged and is not listed.
 */
export function reachesFiftyYears(fullMemberDate: string | undefined, year: number): boolean {
  if (fullMemberDate === undefined) return false;
  return fullMemberDate <= `${String(year - 50).padStart(4, '0')}-07-01`;
}

export type FiftyYearCandidate = Pick<
  Member,
  'id' | 'category' | 'fullMemberDate' | 'membershipStatus' | 'partyStanding' | 'deletedAt'
>;

/** Members on the books whose 党龄 reaches 50 by 1 July of `year` and who have not had the medal. */
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
      reachesFiftyYears(m.fullMemberDate, year),
  );
}

/** Whole years of 党龄 on a date (党章 art. 7: from 转正). */
export function partyYears(fullMemberDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(fullMemberDate.slice(0, 4));
  return onDate.slice(5) >= fullMemberDate.slice(5) ? years : years - 1;
}

/** The weeks before 七一 when the office prepares the medals: 1 May to 1 July (local practice). */
export function isFiftyYearSeason(today: string): boolean {
  const monthDay = today.slice(5);
  return monthDay >= '05-01' && monthDay <= '07-01';
}
