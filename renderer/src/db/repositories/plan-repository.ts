import type { PlanItem } from '../../domain/entities/education-plan';
import { planItemSchema } from '../../domain/entities/education-plan';
import type { NewRecord } from '../../domain/entities/record';
import { planYearProblem } from '../../domain/rules/plan-vs-actual';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, softDeleted, touchRecord } from '../records';

/** Saves a plan item; an item in a past year is refused with the reason (nothing is written). */
export async function savePlanItem(
  db: LedgerDatabase,
  fields: NewRecord<PlanItem>,
  today: string,
  id?: string,
): Promise<PlanItem> {
  const problem = planYearProblem(fields.year, today);
  if (problem !== null) throw new Error(problem);
  const existing = id === undefined ? undefined : await db.planItems.get(id);
  const record = existing === undefined ? createRecord<PlanItem>(fields) : touchRecord({ ...existing, ...fields });
  const valid = planItemSchema.parse(record);
  await db.planItems.put(valid);
  return valid;
}

export async function deletePlanItem(db: LedgerDatabase, id: string): Promise<void> {
  const existing = await db.planItems.get(id);
  if (existing !== undefined) await db.planItems.put(softDeleted(existing));
}

export async function planItemsOfYear(db: LedgerDatabase, year: number): Promise<PlanItem[]> {
  const items = await db.planItems.where('year').equals(year).toArray();
  return items.filter(isLive).sort((a, b) => a.month - b.month);
}
