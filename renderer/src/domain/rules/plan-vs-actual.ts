import type { PlanItem } from '../entities/education-plan';

/** What matching needs of an activity. */
export interface ActualActivity {
  id: string;
  typeId: string;
  typeName: string;
  date: string;
  status: 'planned' | 'held' | 'cancelled';
  title: string;
}

export type PlanItemStatus = 'held' | 'pending' | 'overdue';
export const planItemStatusLabels: Record<PlanItemStatus, string> = {
  held: '已开展',
  pending: '未到期',
  overdue: '已逾期',
};

export interface PlanItemProgress {
  item: PlanItem;
  status: PlanItemStatus;
  /** The held activity that carried out the item. */
  activity?: ActualActivity;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function sameType(item: PlanItem, activity: ActualActivity): boolean {
  if (item.activityTypeId !== undefined && item.activityTypeId !== '') return item.activityTypeId === activity.typeId;
  return item.typeName === activity.typeName;
}

/**
 * Matches each plan item to a held activity of the same type in the same month; one activity
 * carries out at most one item (so two planned lessons in March need two lessons held in March).
 * An unmatched item is overdue once its month has ended, else not yet due. `today` is 'YYYY-MM-DD'.
 */
export function matchPlanToActual(
  items: readonly PlanItem[],
  activities: readonly ActualActivity[],
  today: string,
): PlanItemProgress[] {
  const heldByMonth = new Map<string, ActualActivity[]>();
  for (const activity of [...activities].sort((a, b) => a.date.localeCompare(b.date))) {
    if (activity.status !== 'held') continue;
    const key = activity.date.slice(0, 7);
    heldByMonth.set(key, [...(heldByMonth.get(key) ?? []), activity]);
  }
  const used = new Set<string>();
  const currentMonth = today.slice(0, 7);
  const ordered = [...items].sort(
    (a, b) => a.year - b.year || a.month - b.month || a.createdAt.localeCompare(b.createdAt),
  );
  const progress = new Map<string, PlanItemProgress>();
  for (const item of ordered) {
    const key = monthKey(item.year, item.month);
    const activity = (heldByMonth.get(key) ?? []).find(
      (candidate) => !used.has(candidate.id) && sameType(item, candidate),
    );
    if (activity !== undefined) {
      used.add(activity.id);
      progress.set(item.id, { item, status: 'held', activity });
    } else {
      progress.set(item.id, { item, status: key < currentMonth ? 'overdue' : 'pending' });
    }
  }
  return items.map((item) => progress.get(item.id) as PlanItemProgress);
}

/** A plan is drafted for this year or later; past years are history, not plans. */
export function planYearProblem(year: number, today: string): string | null {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return `${year} 年已经过去，不能再添加计划项目；请选择 ${thisYear} 年或以后的年度。`;
  return null;
}
