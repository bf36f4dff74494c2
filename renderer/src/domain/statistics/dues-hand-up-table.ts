import type { BranchYearSummary } from '../rules/dues-period';
import { formatFen } from '../rules/money';

/** The 上缴汇总 table, one row per branch: the same columns in the Word paper and the Excel sheet. */
export const HAND_UP_HEADERS = [
  '党支部',
  '党员数',
  '收缴党费（元）',
  '自愿多交（元）',
  '其中全额上缴（元）',
  '已上缴（元）',
  '上缴日期',
];

export function handUpRow(b: BranchYearSummary): string[] {
  return [
    b.branchName,
    String(b.members),
    formatFen(b.regularFen),
    formatFen(b.voluntaryFen),
    formatFen(b.wholeFen),
    formatFen(b.handedUpFen),
    b.handUps.map((h) => h.date).join('、'),
  ];
}
