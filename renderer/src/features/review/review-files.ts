import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { todayIso } from '../../domain/entities/dates';
import { correctionCaseLine, summariseReview } from '../../domain/rules/review-summary';
import { getPlatform } from '../../platform/api';
import { exportTables } from '../archive/export-table';

const WORD = [{ name: 'Word 文档', extensions: ['docx'] }];

function prefix(view: ReviewRoundView): string {
  return `${view.branchName}${view.round.year}年度民主评议`;
}

export function summaryOf(view: ReviewRoundView) {
  return summariseReview(view.round, view.members, view.ballots);
}

export async function saveBallotSheet(view: ReviewRoundView): Promise<boolean> {
  const { buildReviewBallotSheet } = await import('../../documents/review-ballot-sheet');
  const bytes = await buildReviewBallotSheet({
    branchName: view.branchName,
    year: view.round.year,
    names: view.members.map((m) => m.name),
  });
  return (await getPlatform().saveFile(bytes, `${prefix(view)}测评表.docx`, WORD)) !== null;
}

export async function saveSummaryWorkbook(view: ReviewRoundView): Promise<boolean> {
  const { reviewSummarySheet } = await import('../../io/review-summary-xlsx');
  return exportTables(`${prefix(view)}汇总表.xlsx`, [
    reviewSummarySheet(view.branchName, view.round.year, summaryOf(view)),
  ]);
}

export async function saveReviewReport(view: ReviewRoundView): Promise<boolean> {
  const { buildReviewReport } = await import('../../documents/review-report');
  const names = new Map(view.members.map((m) => [m.id, m.name]));
  const bytes = await buildReviewReport({
    branchName: view.branchName,
    addressee: view.officeName === '' ? '社区党委' : view.officeName,
    year: view.round.year,
    date: todayIso(),
    ...(view.round.decisionDate === undefined ? {} : { decisionDate: view.round.decisionDate }),
    summary: summaryOf(view),
    correctionLines: view.cases.map((c) => correctionCaseLine(names.get(c.memberId) ?? '', c)),
    ...(view.round.note === undefined ? {} : { note: view.round.note }),
  });
  return (await getPlatform().saveFile(bytes, `${prefix(view)}情况报告.docx`, WORD)) !== null;
}
