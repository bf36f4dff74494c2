import { addMonths } from './date-math';

/**
 * 限期改正 (党员教育管理工作条例 2019 art. 30; 党章 art. 9): a member rated 不合格 is given a time to
 * correct, at most one year; no change after it leads to further measures.
 */
export function latestCorrectionDeadline(startDate: string): string {
  return addMonths(startDate, 12);
}

export function correctionDeadlineProblem(startDate: string, deadline: string): string | null {
  if (deadline <= startDate) return '改正期限应晚于开始日期。';
  if (deadline > latestCorrectionDeadline(startDate))
    return '限期改正的期限最长一年（《党员教育管理工作条例》第三十条）。';
  return null;
}
