import type { BudgetLine, BudgetSource, Spending } from '../entities/budget';
import { budgetSources } from '../entities/budget';
import { sumFen } from './money';

export interface BudgetSummary {
  year: number;
  budgetFen: number;
  spentFen: number;
  /** Budget minus spending; negative when overspent. */
  balanceFen: number;
  bySource: Record<BudgetSource, number>;
  /** Spending per linked activity id; spending without an activity is under ''. */
  byActivity: Map<string, number>;
}

/** The year's budget, spend and balance, in exact integer fen. Deleted rows do not count. */
export function summariseBudget(
  year: number,
  lines: readonly BudgetLine[],
  spendings: readonly Spending[],
): BudgetSummary {
  const liveLines = lines.filter((line) => line.year === year && line.deletedAt === undefined);
  const liveSpendings = spendings.filter((spending) => spending.year === year && spending.deletedAt === undefined);
  const bySource = Object.fromEntries(
    budgetSources.map((source) => [
      source,
      sumFen(liveLines.filter((line) => line.source === source).map((line) => line.amountFen)),
    ]),
  ) as Record<BudgetSource, number>;
  const byActivity = new Map<string, number>();
  for (const spending of liveSpendings) {
    const key = spending.activityId ?? '';
    byActivity.set(key, (byActivity.get(key) ?? 0) + spending.amountFen);
  }
  const budgetFen = sumFen(liveLines.map((line) => line.amountFen));
  const spentFen = sumFen(liveSpendings.map((spending) => spending.amountFen));
  return { year, budgetFen, spentFen, balanceFen: budgetFen - spentFen, bySource, byActivity };
}
