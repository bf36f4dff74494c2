import type { StudyEntrySource } from './study-record';

/**
 * A member's study year at a glance, kept up to date in the same transaction as every write that
 * changes it (DESIGN.md: dashboards never scan all attendance). Rebuildable from the sources.
 */
export interface StudySummary {
  /** `${memberId}:${year}` */
  id: string;
  memberId: string;
  year: number;
  /** The member's branch when last recomputed, for per-branch yearly checks. */
  branchId: string;
  attendanceHours: number;
  /** Self-study, remote-education viewing, outside training (archive issue). */
  selfStudyHours: number;
  totalHours: number;
  /**
   * 集中学习培训 hours (条例 art. 20, rules/concentrated-study.ts): activities of concentrated types and
   * concentrated entries. Absent in summaries written before it was kept.
   */
  concentratedHours?: number;
  activitiesAttended: number;
  /** Activities on the member's expected lists this year (for attendance rates). */
  activitiesExpected: number;
  /** Months (1–12) in which the member attended organisational life. */
  organisationalLifeMonths: number[];
  lastOrganisationalLifeDate?: string;
  /** Study-entry hours by source (archive issue); their sum is `selfStudyHours`. */
  selfStudyBySource?: Partial<Record<StudyEntrySource, number>>;
  /**
   * Attendance split by the branch the member was in at each activity (`branchIdAtTime`), so a member
   * moved mid-year counts for each branch in its own months (yearly check).
   */
  byBranch?: Record<string, BranchYearPart>;
  updatedAt: string;
}

export interface BranchYearPart {
  attended: number;
  expected: number;
  hours: number;
  /** Index 0 = January. Attended / expected activities per month, for the monthly trend. */
  monthlyAttended: number[];
  monthlyExpected: number[];
}

export function studySummaryId(memberId: string, year: number): string {
  return `${memberId}:${year}`;
}
