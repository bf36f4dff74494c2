import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { addYears } from './calendar';

/**
 * 党章 art. 7: 党龄 counts from the day a member becomes a 正式党员 (the end of the 预备期); 预备党员 have
 * no 党龄. Where the 转正 date is not on file, the regular end of probation (one year after 加入党组织日期)
 * stands in for it, marked as estimated so the office can fill it in.
 */
type AgeFields = Pick<Member, 'category' | 'joinDate' | 'fullMemberDate'>;

export interface PartyAgeStart {
  date: IsoDate;
  /** True when derived from 加入党组织日期 + 1 year, not a recorded 转正 date. */
  estimated: boolean;
}

export function partyAgeStart(member: AgeFields): PartyAgeStart | null {
  if (member.category === '预备党员') return null;
  if (member.fullMemberDate !== undefined) return { date: member.fullMemberDate, estimated: false };
  if (member.joinDate !== undefined) return { date: addYears(member.joinDate, 1), estimated: true };
  return null;
}

/** Whole years of 党龄 on `on`: a full year more on each 转正 anniversary; null for 预备党员 or unknown. */
export function partyAgeYears(member: AgeFields, on: IsoDate): number | null {
  const start = partyAgeStart(member);
  if (start === null || start.date > on) return null;
  // Anniversary as addYears gives it: 转正 on 29 February completes a year on 28 February.
  let years = Number(on.slice(0, 4)) - Number(start.date.slice(0, 4));
  if (addYears(start.date, years) > on) years -= 1;
  return years;
}

/**
 * 光荣在党50年纪念章 (中共中央 2021; awarded each year around 1 July): members whose 党龄 reaches 50 years
 * by 1 July of `year`. By default only those who reach it in that award year (after 1 July of the year
 * before), since earlier ones were due in earlier years; `includeEarlier` lists everyone with 50 years.
 */
export const GLORY_YEARS = 50;

export interface GloryEligibility {
  eligible: boolean;
  /** The day the member's 党龄 reaches 50 years. */
  reachedOn?: IsoDate;
  estimated: boolean;
}

export function gloryFiftyYears(
  member: AgeFields & Pick<Member, 'membershipStatus' | 'deletedAt'>,
  year: number,
  { includeEarlier = false }: { includeEarlier?: boolean } = {},
): GloryEligibility {
  const start = partyAgeStart(member);
  if (start === null || member.deletedAt !== undefined || member.membershipStatus !== 'active') {
    return { eligible: false, estimated: false };
  }
  const reachedOn = addYears(start.date, GLORY_YEARS);
  const byDate = `${year}-07-01`;
  const eligible = reachedOn <= byDate && (includeEarlier || reachedOn > `${year - 1}-07-01`);
  return { eligible, reachedOn, estimated: start.estimated };
}
