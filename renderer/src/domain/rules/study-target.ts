import type { MidYearTargetRule } from '../entities/archive-settings';
import type { IsoDate } from '../entities/dates';
import { daysBetween, daysInYear, parts } from './calendar';

export interface HoursTarget {
  target: number;
  /** The full-year target before any pro-rating (32 or 56 by default). */
  fullTarget: number;
  isCadre: boolean;
  proRated: boolean;
  /** The rule used, in words, shown beside the figure. */
  explanation: string;
}

function ceilToHalf(hours: number): number {
  return Math.ceil(hours * 2 - 1e-9) / 2;
}

/**
 * The member's 学时 target for `year`: 32 (党员教育管理工作条例 2019 art. 20) or 56 for secretaries and
 * committee members (全国党员教育培训工作规划), both from the office settings. A member who joined during
 * the year gets, by the local rule in the archive settings, either the full target or a share for the
 * months from the joining month to December.
 */
export function yearlyHoursTarget(input: {
  year: number;
  joinDate?: IsoDate;
  isCadre: boolean;
  memberTarget: number;
  cadreTarget: number;
  rule: MidYearTargetRule;
  /** 送学上门 (条例 art. 23) or abroad (art. 34), see exemption.ts: no target, in these words. */
  exemption?: string;
}): HoursTarget {
  const fullTarget = input.isCadre ? input.cadreTarget : input.memberTarget;
  const base = { fullTarget, isCadre: input.isCadre };
  if (input.exemption !== undefined) return { ...base, target: 0, proRated: false, explanation: input.exemption };
  const who = input.isCadre ? '支部书记、委员' : '党员';
  if (input.joinDate !== undefined && input.joinDate > `${input.year}-12-31`) {
    return { ...base, target: 0, proRated: true, explanation: `${input.year}年尚未入党，不计目标` };
  }
  if (input.joinDate === undefined || input.joinDate < `${input.year}-02-01` || input.rule === 'full') {
    const note =
      input.joinDate !== undefined && input.joinDate >= `${input.year}-02-01`
        ? `（${parts(input.joinDate).month}月入党，按设置不折算）`
        : '';
    return { ...base, target: fullTarget, proRated: false, explanation: `${who}全年 ${fullTarget} 学时${note}` };
  }
  const months = 12 - parts(input.joinDate).month + 1;
  const target = ceilToHalf((fullTarget * months) / 12);
  return {
    ...base,
    target,
    proRated: true,
    explanation: `${parts(input.joinDate).month}月入党，按 ${months} 个月折算：${fullTarget} × ${months}/12 ≈ ${target} 学时`,
  };
}

export interface StudyPace {
  /** Share of the member's year gone by on `today`, 0–1. */
  elapsed: number;
  /** Hours the member would have by now at an even pace. */
  expectedNow: number;
  behind: boolean;
  /** Past mid-year with less than half the target. */
  belowHalfPastMidYear: boolean;
  reached: boolean;
}

/** Even pace through the year (1 Jan – 31 Dec, DOMAIN.md), counted from the joining date for new members. */
export function studyPace(input: {
  hours: number;
  target: number;
  year: number;
  today: IsoDate;
  joinDate?: IsoDate;
}): StudyPace {
  const { hours, target, year, today } = input;
  const yearStart = `${year}-01-01`;
  const start = input.joinDate !== undefined && input.joinDate > yearStart ? input.joinDate : yearStart;
  const end = `${year}-12-31`;
  let elapsed: number;
  if (today > end) elapsed = 1;
  else if (today < start) elapsed = 0;
  else elapsed = (daysBetween(start, today) + 1) / (daysBetween(start, end) + 1);
  const expectedNow = target * elapsed;
  const reached = hours >= target;
  const yearElapsed = today > end ? 1 : today < yearStart ? 0 : (daysBetween(yearStart, today) + 1) / daysInYear(year);
  return {
    elapsed,
    expectedNow,
    behind: !reached && hours + 1e-9 < expectedNow,
    belowHalfPastMidYear: !reached && yearElapsed >= 0.5 && hours + 1e-9 < target / 2,
    reached,
  };
}
