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
  activitiesAttended: number;
  /** Activities on the member's expected lists this year (for attendance rates). */
  activitiesExpected: number;
  /** Months (1–12) in which the member attended organisational life. */
  organisationalLifeMonths: number[];
  lastOrganisationalLifeDate?: string;
  updatedAt: string;
}

export function studySummaryId(memberId: string, year: number): string {
  return `${memberId}:${year}`;
}
