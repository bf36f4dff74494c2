import type { CheckWeights } from '../entities/archive-settings';

/**
 * 年度考核 of branches. No central formula exists: the office weighs three measures (settings, default
 * 40 / 30 / 30): share of members reaching their 学时 target (条例 art. 20), attendance rate at expected
 * activities, and 三会一课 completion (支部工作条例 arts. 11–13). A measure with nothing to measure
 * (no members, no expected attendance) scores 0; nothing required scores full.
 */
export interface BranchCheckInput {
  branchId: string;
  branchName: string;
  order: number;
  members: number;
  membersReachingTarget: number;
  totalHours: number;
  /** 集中学习培训 and 自学 parts of `totalHours` (条例 art. 20, rules/concentrated-study.ts). */
  concentratedHours?: number;
  selfHours?: number;
  expected: number;
  attended: number;
  meetingsRequired: number;
  meetingsHeldCounted: number;
}

export interface BranchCheckRow extends BranchCheckInput {
  hoursShare: number | null;
  averageHours: number | null;
  attendanceRate: number | null;
  meetingRate: number | null;
  score: number;
  rank: number;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function checkScore(
  measures: { hoursShare: number | null; attendanceRate: number | null; meetingRate: number | null },
  weights: CheckWeights,
): number {
  const sum = weights.hours + weights.attendance + weights.meetings;
  if (sum <= 0) return 0;
  const value =
    weights.hours * (measures.hoursShare ?? 0) +
    weights.attendance * (measures.attendanceRate ?? 0) +
    weights.meetings * (measures.meetingRate ?? 1);
  return Math.round((value / sum) * 10000) / 100;
}

/**
 * Rows ranked by score, highest first. Equal scores (to 0.01) share a rank and the next rank skips
 * (1, 1, 3); within a tie, rows keep the organisation's own order.
 */
export function rankBranches(inputs: readonly BranchCheckInput[], weights: CheckWeights): BranchCheckRow[] {
  const rows = inputs.map((input) => {
    const hoursShare = share(input.membersReachingTarget, input.members);
    const attendanceRate = share(input.attended, input.expected);
    const meetingRate = share(input.meetingsHeldCounted, input.meetingsRequired);
    return {
      ...input,
      hoursShare,
      averageHours: input.members > 0 ? Math.round((input.totalHours / input.members) * 10) / 10 : null,
      attendanceRate,
      meetingRate,
      score: checkScore({ hoursShare, attendanceRate, meetingRate }, weights),
      rank: 0,
    };
  });
  rows.sort((a, b) => b.score - a.score || a.order - b.order || a.branchName.localeCompare(b.branchName, 'zh-CN'));
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank = previous !== undefined && previous.score === row.score ? previous.rank : index + 1;
  });
  return rows;
}
