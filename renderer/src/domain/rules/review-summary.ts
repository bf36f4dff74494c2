import type { CorrectionCase, ReviewBallot, ReviewGrade, ReviewRound } from '../entities/review';
import type { GradeCounts, GradeShares } from './review-tally';
import { emptyCounts, gradeShares, tallyBallots } from './review-tally';

/** One line of the 汇总表: the member's ballots by kind and the branch's decision. */
export interface ReviewSummaryRow {
  memberId: string;
  name: string;
  summaryReceivedDate?: string;
  peer: GradeCounts;
  public: GradeCounts;
  grade?: ReviewGrade;
  note?: string;
}

export interface ReviewSummary {
  rows: ReviewSummaryRow[];
  peerBallots: number;
  publicBallots: number;
  summariesReceived: number;
  decided: GradeShares;
}

/** What the 汇总表 and the 情况报告 both print, from the round, its roster (in order) and its ballots. */
export function summariseReview(
  round: Pick<ReviewRound, 'memberIds' | 'entries'>,
  roster: readonly { id: string; name: string }[],
  ballots: readonly Pick<ReviewBallot, 'kind' | 'marks'>[],
): ReviewSummary {
  const ids = roster.map((m) => m.id);
  const peer = tallyBallots(ids, ballots, 'peer');
  const pub = tallyBallots(ids, ballots, 'public');
  const rows = roster.map((member): ReviewSummaryRow => {
    const entry = round.entries[member.id] ?? {};
    return {
      memberId: member.id,
      name: member.name,
      ...(entry.summaryReceivedDate === undefined ? {} : { summaryReceivedDate: entry.summaryReceivedDate }),
      peer: peer.get(member.id)?.counts ?? emptyCounts(),
      public: pub.get(member.id)?.counts ?? emptyCounts(),
      ...(entry.grade === undefined ? {} : { grade: entry.grade }),
      ...(entry.note === undefined ? {} : { note: entry.note }),
    };
  });
  return {
    rows,
    peerBallots: ballots.filter((b) => b.kind === 'peer').length,
    publicBallots: ballots.filter((b) => b.kind === 'public').length,
    summariesReceived: rows.filter((r) => r.summaryReceivedDate !== undefined).length,
    decided: gradeShares(rows.map((r) => r.grade)),
  };
}

export function percentText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString()}%`;
}

/** 限期改正 cases as the report words them. */
export function correctionCaseLine(
  name: string,
  c: Pick<CorrectionCase, 'startDate' | 'deadline' | 'outcome'>,
): string {
  const outcome =
    c.outcome === undefined ? '正在改正中' : c.outcome === 'corrected' ? '已改正' : '期满仍无转变，另作处置';
  return `${name}：${c.startDate} 起限期改正，期限至 ${c.deadline}，${outcome}。`;
}
