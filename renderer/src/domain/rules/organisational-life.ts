import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { fullMonthsBetween, maxDate } from './calendar';
import { isCountedMember } from './member-standing';

/**
 * 党章 art. 9 and 党员教育管理工作条例 (2019) art. 31(6): six consecutive months without organisational
 * life, without proper reason, is regarded as leaving the Party (自行脱党). The office is warned at
 * `warnMonths` and alarmed at `alarmMonths` (settings, default 3 and 5), long before the line.
 */
export type LifeGapLevel = 'ok' | 'warn' | 'alarm' | 'lapsed';
export const LAPSE_MONTHS = 6;

export interface LifeGap {
  memberId: string;
  /** The last organisational life, or the date counting started (joining, arrival, start of records). */
  since: IsoDate;
  sinceIsLastLife: boolean;
  months: number;
  level: LifeGapLevel;
  /** Leave asked for the missed meetings: still non-participation (党章 art. 9 asks "without proper reason", the branch judges), shown apart. */
  onLeave: boolean;
}

export function organisationalLifeGap(input: {
  member: Pick<Member, 'id' | 'membershipStatus' | 'partyStanding' | 'deletedAt' | 'joinDate'>;
  /** Last attended organisational life anywhere: own branch, another branch, or recorded elsewhere (条例 art. 33). */
  lastLifeDate?: IsoDate;
  /** When the office's records of the member begin: start of records, or the member's arrival in the branch. */
  countFrom: IsoDate;
  /** Missed meetings since the last one for which leave was asked, with a reason. */
  leaveSince?: number;
  today: IsoDate;
  warnMonths: number;
  alarmMonths: number;
}): LifeGap | null {
  if (!isCountedMember(input.member)) return null;
  const since = maxDate(input.lastLifeDate, input.member.joinDate, input.countFrom) ?? input.countFrom;
  if (since > input.today) return null;
  const months = fullMonthsBetween(since, input.today);
  const level: LifeGapLevel =
    months >= LAPSE_MONTHS
      ? 'lapsed'
      : months >= input.alarmMonths
        ? 'alarm'
        : months >= input.warnMonths
          ? 'warn'
          : 'ok';
  return {
    memberId: input.member.id,
    since,
    sinceIsLastLife: input.lastLifeDate !== undefined && since === input.lastLifeDate,
    months,
    level,
    onLeave: (input.leaveSince ?? 0) > 0,
  };
}
