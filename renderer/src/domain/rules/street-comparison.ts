import type { CheckWeights } from '../entities/archive-settings';
import type { StreetSummary, StreetWarningKind } from '../entities/street-summary';
import { streetWarningKinds } from '../entities/street-summary';
import type { BranchCheckRow } from './yearly-check';
import { rankBranches } from './yearly-check';

/** One community's totals over its branches, ranked with the yearly check's own score (rules.md 年度考核). */
export interface CommunityRow extends BranchCheckRow {
  community: string;
  branches: number;
  warnings: Record<StreetWarningKind, number>;
  /** Attendance rate per month (null where nothing was expected), index 0 = January. */
  monthlyAttendanceRate: (number | null)[];
  monthlyMeetingsHeld: number[];
  asOf: string;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function monthlySum(rows: readonly number[][]): number[] {
  return Array.from({ length: 12 }, (_, month) => sum(rows.map((row) => row[month] ?? 0)));
}

/**
 * The communities of one year side by side: each summary's branches added up, then scored and ranked
 * exactly as the yearly check ranks branches (same weights, same ties), so a street office and its
 * communities read the same figures the same way.
 */
export function compareCommunities(summaries: readonly StreetSummary[], weights: CheckWeights): CommunityRow[] {
  const inputs = summaries.map((summary, order) => {
    const branches = summary.branches;
    return {
      branchId: `${summary.community}:${summary.year}`,
      branchName: summary.community,
      order,
      members: sum(branches.map((b) => b.members)),
      membersReachingTarget: sum(branches.map((b) => b.membersReachingTarget)),
      totalHours: sum(branches.map((b) => b.totalHoursTenths)) / 10,
      expected: sum(branches.map((b) => b.expected)),
      attended: sum(branches.map((b) => b.attended)),
      meetingsRequired: sum(branches.map((b) => b.meetingsRequired)),
      meetingsHeldCounted: sum(branches.map((b) => b.meetingsHeld)),
    };
  });
  const ranked = rankBranches(inputs, weights);
  return ranked.map((row) => {
    const summary = summaries[row.order];
    if (summary === undefined) throw new Error('ranked row without its summary');
    const attended = monthlySum(summary.branches.map((b) => b.monthlyAttended));
    const expected = monthlySum(summary.branches.map((b) => b.monthlyExpected));
    const warnings = Object.fromEntries(
      streetWarningKinds.map((kind) => [kind, sum(summary.branches.map((b) => b.warnings[kind]))]),
    ) as Record<StreetWarningKind, number>;
    return {
      ...row,
      community: summary.community,
      branches: summary.branches.length,
      warnings,
      monthlyAttendanceRate: attended.map((value, month) => {
        const whole = expected[month] ?? 0;
        return whole > 0 ? value / whole : null;
      }),
      monthlyMeetingsHeld: monthlySum(summary.branches.map((b) => b.monthlyMeetingsHeld)),
      asOf: summary.asOf,
    };
  });
}
