import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { addBudgetLine, addSpending } from '../../../../renderer/src/db/repositories/budget-repository';
import {
  deleteLecturer,
  lecturerLessons,
  saveLecturer,
  setLessonFeedback,
} from '../../../../renderer/src/db/repositories/lecturer-repository';
import { planItemsOfYear, savePlanItem } from '../../../../renderer/src/db/repositories/plan-repository';
import { summariseBudget } from '../../../../renderer/src/domain/rules/budget';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

describe('plan, budget and lecturer stores', () => {
  const name = uniqueDatabaseName('plan-budget');
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openCurrent(name);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  const planFields = {
    year: 2025,
    month: 3,
    typeName: '党课',
    topic: '学习党章',
    targetGroup: '全体党员',
    hours: 2,
    budgetFen: 50000,
  };

  it('a plan item in a past year is refused and nothing is written', async () => {
    await expect(savePlanItem(db, planFields, '2026-01-05')).rejects.toThrow('2025 年已经过去');
    expect(await db.planItems.count()).toBe(0);
    await savePlanItem(db, { ...planFields, year: 2026 }, '2026-01-05');
    expect(await planItemsOfYear(db, 2026)).toHaveLength(1);
  });

  it('budget lines and spending with a receipt sum to the right balance in fen', async () => {
    await addBudgetLine(db, { year: 2026, source: '财政专项', amountFen: 500000 });
    await addBudgetLine(db, { year: 2026, source: '党费返还', amountFen: 123450 });
    const spending = await addSpending(
      db,
      { year: 2026, date: '2026-04-01', item: '购买学习资料', amountFen: 33333 },
      { name: '发票.pdf', mimeType: 'application/pdf', size: 3, blob: new Blob([new Uint8Array(3)]) },
    );
    expect((await db.files.get(spending.receiptFileId ?? ''))?.ownerId).toBe(spending.id);
    const summary = summariseBudget(2026, await db.budgetLines.toArray(), await db.spendings.toArray());
    expect(summary.balanceFen).toBe(590117);
  });

  it('a deleted lecturer keeps the history of lessons given', async () => {
    const lecturer = await saveLecturer(db, {
      name: '王老师',
      subjects: ['党史'],
      audiences: ['elderly'],
      phone: '13800138000',
    });
    await expect(saveLecturer(db, { name: '李', subjects: [], audiences: [], phone: '12345' })).rejects.toThrow();
    const activityId = '00000000-0000-4000-8000-000000000009';
    await db.activities.add({
      id: activityId,
      createdAt: 'x',
      updatedAt: 'x',
      typeId: 't',
      title: '党史党课',
      orgUnitIds: [],
      date: '2026-03-02',
      hours: 2,
      materialFileIds: [],
      status: 'held',
      lecturerId: lecturer.id,
    });
    await setLessonFeedback(db, lecturer.id, activityId, 4.5);
    await deleteLecturer(db, lecturer.id);
    expect((await db.lecturers.get(lecturer.id))?.deletedAt).toBeDefined();
    const lessons = await lecturerLessons(db, lecturer.id);
    expect(lessons).toHaveLength(1);
    expect(lessons[0]?.feedback?.score).toBe(4.5);
    expect((await db.activities.get(activityId))?.lecturerId).toBe(lecturer.id);
  });
});
