import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { fullMonthsBetween } from './calendar';

/**
 * 党员教育管理工作条例 (2019) art. 24: a member who has lost contact for six months may have the
 * party membership suspended (停止党籍); one suspended for two years who still cannot be reached or
 * will not return is removed (除名). Art. 25: a member away six months or more at a fixed place should
 * transfer the organisational relation there. The app reminds the branch to decide; it never decides.
 */
export const LOST_CONTACT_MONTHS = 6;
export const SUSPENSION_YEARS = 2;
export const TRANSFER_AFTER_MONTHS = 6;

export type LapseStep = 'decide-suspension' | 'decide-removal' | 'transfer-relation';

export interface LapseReminder {
  memberId: string;
  step: LapseStep;
  /** Lost contact, suspended, or left for the fixed place. */
  since: IsoDate;
  months: number;
}

type ChainFields = Pick<
  Member,
  | 'id'
  | 'membershipStatus'
  | 'deletedAt'
  | 'partyStanding'
  | 'lostContact'
  | 'lostContactDate'
  | 'floating'
  | 'floatingSince'
  | 'floatingTo'
>;

export function lapseReminder(member: ChainFields, today: IsoDate, suspendedSince?: IsoDate): LapseReminder | null {
  if (member.deletedAt !== undefined || member.membershipStatus !== 'active') return null;
  if (member.partyStanding === '停止党籍') {
    if (suspendedSince === undefined) return null;
    const months = fullMonthsBetween(suspendedSince, today);
    return months >= SUSPENSION_YEARS * 12
      ? { memberId: member.id, step: 'decide-removal', since: suspendedSince, months }
      : null;
  }
  if (member.lostContact && member.lostContactDate !== undefined) {
    const months = fullMonthsBetween(member.lostContactDate, today);
    return months >= LOST_CONTACT_MONTHS
      ? { memberId: member.id, step: 'decide-suspension', since: member.lostContactDate, months }
      : null;
  }
  const place = member.floatingTo;
  const fixedPlace = place !== undefined && (place.city.trim() !== '' || place.county.trim() !== '');
  if (member.floating && member.floatingSince !== undefined && fixedPlace) {
    const months = fullMonthsBetween(member.floatingSince, today);
    return months >= TRANSFER_AFTER_MONTHS
      ? { memberId: member.id, step: 'transfer-relation', since: member.floatingSince, months }
      : null;
  }
  return null;
}
