import type { BallotKind, ReviewBallot, ReviewGrade } from '../entities/review';
import { reviewGrades } from '../entities/review';

/**
 * 民主评议党员 (党员教育管理工作条例 2019 art. 18): counting the returned 测评表. A ballot marks at most one
 * grade per member; a member left blank on a ballot is not counted on it.
 */
export type GradeCounts = Record<ReviewGrade, number>;

export function emptyCounts(): GradeCounts {
  return { excellent: 0, qualified: 0, 'basically-qualified': 0, unqualified: 0 };
}

export interface MemberTally {
  counts: GradeCounts;
  /** Ballots that marked this member. */
  marked: number;
  /** The grade most ballots gave; a tie goes to the lower grade (the cautious reading). Undefined with no marks. */
  leading?: ReviewGrade;
}

export function leadingGrade(counts: GradeCounts): ReviewGrade | undefined {
  let best: ReviewGrade | undefined;
  for (const grade of reviewGrades) {
    if (counts[grade] === 0) continue;
    if (best === undefined || counts[grade] >= counts[best]) best = grade;
  }
  return best;
}

/** Per member of the round, the marks of the given ballots (marks for anyone else are ignored). */
export function tallyBallots(
  memberIds: readonly string[],
  ballots: readonly Pick<ReviewBallot, 'marks' | 'kind'>[],
  kind?: BallotKind,
): Map<string, MemberTally> {
  const result = new Map<string, MemberTally>();
  for (const id of memberIds) result.set(id, { counts: emptyCounts(), marked: 0 });
  for (const ballot of ballots) {
    if (kind !== undefined && ballot.kind !== kind) continue;
    for (const [memberId, grade] of Object.entries(ballot.marks)) {
      const tally = result.get(memberId);
      if (tally === undefined) continue;
      tally.counts[grade] += 1;
      tally.marked += 1;
    }
  }
  for (const tally of result.values()) {
    const leading = leadingGrade(tally.counts);
    if (leading !== undefined) tally.leading = leading;
  }
  return result;
}

export interface GradeShares {
  counts: GradeCounts;
  /** Members graded. */
  graded: number;
  /** Members in the round: shares are of these. */
  total: number;
  /** counts / total per grade, 0 when the round is empty. */
  shares: Record<ReviewGrade, number>;
}

export function gradeShares(grades: readonly (ReviewGrade | undefined)[]): GradeShares {
  const counts = emptyCounts();
  let graded = 0;
  for (const grade of grades) {
    if (grade === undefined) continue;
    counts[grade] += 1;
    graded += 1;
  }
  const total = grades.length;
  const shares = emptyCounts();
  for (const grade of reviewGrades) shares[grade] = total === 0 ? 0 : counts[grade] / total;
  return { counts, graded, total, shares };
}
