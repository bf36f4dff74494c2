import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';

/**
 * 党员教育管理工作条例 (2019) art. 23: for members who are 年老体弱、行动不便、身患重病 or 失能, taking
 * part in organisational life and study is not a hard requirement; the branch brings study to them
 * (送学上门). Art. 34: members 出国（境）学习研究 are managed by their own rules while away. Neither is
 * measured against the hour target nor listed as lapsing; the first are listed as 送学上门对象 instead.
 */
export type ExemptionKind = 'home-study' | 'abroad';

export interface Exemption {
  kind: ExemptionKind;
  /** In words, beside the figure it replaces. */
  text: string;
}

type Flags = Pick<Member, 'homeStudy' | 'abroad'>;

/** Exempt on `date`: flagged 送学上门 since then, or abroad on that day. */
export function exemptionOn(member: Flags, date: IsoDate): Exemption | null {
  const home = member.homeStudy;
  if (home !== undefined && home.since <= date) {
    return { kind: 'home-study', text: `${home.reason}，送学上门（条例第二十三条）` };
  }
  const abroad = member.abroad;
  if (abroad !== undefined && abroad.from <= date && (abroad.until === undefined || abroad.until >= date)) {
    return { kind: 'abroad', text: '出国（境）学习研究（条例第三十四条）' };
  }
  return null;
}

/**
 * Exempt from the hour target of `year`: flagged 送学上门 on or before 31 December, or abroad for any
 * part of the year (the target is a yearly one; a partial year abroad is judged by the branch).
 */
export function yearExemption(member: Flags, year: number): Exemption | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const home = member.homeStudy;
  if (home !== undefined && home.since <= end) {
    return { kind: 'home-study', text: `${home.reason}，送学上门，不作学时要求（条例第二十三条）` };
  }
  const abroad = member.abroad;
  if (abroad !== undefined && abroad.from <= end && (abroad.until === undefined || abroad.until >= start)) {
    return { kind: 'abroad', text: '出国（境）学习研究，不作学时要求（条例第三十四条）' };
  }
  return null;
}
