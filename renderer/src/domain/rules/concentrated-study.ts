import type { StudyEntrySource } from '../entities/study-record';
import type { StudySummary } from '../entities/study-summary';

/**
 * 党员教育管理工作条例 (2019) art. 20: every member takes part in at least 32 学时 of 集中学习培训 a year.
 * 个人自学 is a form of study (art. 7) but does not by itself meet art. 20; whether self-study and
 * online courses count toward the target is a local setting (default: not counted).
 *
 * 集中: the Party organisation's own activities of a concentrated type, outside training (党校培训班),
 * organisational life attended where a floating member lives, and 送学上门 brought by the branch.
 * 自学: 个人自学 and 远程教育/在线学习, and activities of a type marked as not concentrated.
 */
export const CONCENTRATED_SOURCES: readonly StudyEntrySource[] = ['training', 'elsewhere', 'home-visit'];

export function isConcentratedSource(source: StudyEntrySource): boolean {
  return CONCENTRATED_SOURCES.includes(source);
}

/** An activity type is concentrated study unless the office marked it otherwise. */
export function isConcentratedType(type: { concentrated?: boolean } | undefined): boolean {
  return type?.concentrated !== false;
}

export interface StudyHoursSplit {
  concentrated: number;
  self: number;
  total: number;
  /** What is measured against the yearly target: 集中 only, or 集中 + 自学 by the setting. */
  counted: number;
}

const round = (hours: number) => Math.round(hours * 100) / 100;

/**
 * 集中 and 自学 hours of a member-year summary. Summaries written before the split was kept count every
 * activity hour as 集中 and take the entries' sources.
 */
export function studyHoursSplit(
  summary: Pick<StudySummary, 'totalHours' | 'attendanceHours' | 'selfStudyBySource' | 'concentratedHours'> | undefined,
  selfStudyCounts: boolean,
): StudyHoursSplit {
  if (summary === undefined) return { concentrated: 0, self: 0, total: 0, counted: 0 };
  const fromEntries = Object.entries(summary.selfStudyBySource ?? {})
    .filter(([source]) => isConcentratedSource(source as StudyEntrySource))
    .reduce((sum, [, hours]) => sum + hours, 0);
  const concentrated = round(summary.concentratedHours ?? summary.attendanceHours + fromEntries);
  const self = round(Math.max(0, summary.totalHours - concentrated));
  return {
    concentrated,
    self,
    total: summary.totalHours,
    counted: selfStudyCounts ? summary.totalHours : concentrated,
  };
}
