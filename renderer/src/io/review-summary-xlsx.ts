import { reviewGradeLabels, reviewGrades } from '../domain/entities/review';
import type { ReviewSummary } from '../domain/rules/review-summary';
import { percentText } from '../domain/rules/review-summary';
import type { SheetTable } from './table-workbook';

export const REVIEW_SUMMARY_COLUMNS = [
  '序号',
  '姓名',
  '个人总结收到日期',
  ...reviewGrades.map((g) => `互评·${reviewGradeLabels[g]}`),
  ...reviewGrades.map((g) => `群众·${reviewGradeLabels[g]}`),
  '支部评定等次',
  '备注',
];

/** 民主评议党员汇总表: one row per member, then the counts and shares of the decided grades. */
export function reviewSummarySheet(branchName: string, year: number, summary: ReviewSummary): SheetTable {
  const rows: (string | number | null)[][] = summary.rows.map((row, index) => [
    index + 1,
    row.name,
    row.summaryReceivedDate ?? '',
    ...reviewGrades.map((g) => row.peer[g]),
    ...reviewGrades.map((g) => row.public[g]),
    row.grade === undefined ? '未评定' : reviewGradeLabels[row.grade],
    row.note ?? '',
  ]);
  rows.push([]);
  rows.push([
    '合计',
    `${summary.rows.length} 人`,
    `收到 ${summary.summariesReceived} 份`,
    `互评票 ${summary.peerBallots} 张`,
    '',
    '',
    '',
    `群众评议票 ${summary.publicBallots} 张`,
  ]);
  for (const grade of reviewGrades) {
    rows.push([reviewGradeLabels[grade], summary.decided.counts[grade], percentText(summary.decided.shares[grade])]);
  }
  return {
    name: '汇总表',
    title: `${branchName}${year}年度民主评议党员汇总表`,
    columns: REVIEW_SUMMARY_COLUMNS,
    rows,
  };
}
