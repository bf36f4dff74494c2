import type { CorrectionCase } from '../entities/review';
import { addDays } from './date-math';

/**
 * 限期改正 (党员教育管理工作条例 2019 art. 30) still open: past its deadline, the branch must decide on
 * further measures; within `soonDays` of it, the branch should prepare. Closed cases never warn.
 */
export function correctionsDue<T extends Pick<CorrectionCase, 'deadline' | 'outcome' | 'deletedAt'>>(
  cases: readonly T[],
  today: string,
  soonDays = 30,
): { overdue: T[]; dueSoon: T[] } {
  const open = cases.filter((c) => c.deletedAt === undefined && c.outcome === undefined);
  const soon = addDays(today, soonDays);
  return {
    overdue: open.filter((c) => c.deadline < today),
    dueSoon: open.filter((c) => c.deadline >= today && c.deadline <= soon),
  };
}
