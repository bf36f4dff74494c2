import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v6 (education resources)', () => {
  const name = uniqueDatabaseName('v6');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its activities and files and gains the resource tables', async () => {
    await seedAtVersion(name, 5, async (old) => {
      await old.table('activities').put({ id: 'a1', date: '2026-03-01', typeId: 't1', status: 'held', orgUnitIds: [] });
      await old.table('files').put({ id: 'f1', name: '党史.mp4', ownerId: 'a1' });
    });
    const db = await openCurrent(name);
    expect((await db.activities.get('a1'))?.date).toBe('2026-03-01');
    expect(await db.files.where('ownerId').equals('a1').count()).toBe(1);
    expect(await db.lecturers.count()).toBe(0);
    expect(await db.courseware.where('kind').equals('video').count()).toBe(0);
    expect(await db.coursewareViewings.where('activityId').equals('a1').count()).toBe(0);
    expect(await db.planItems.where('year').equals(2026).count()).toBe(0);
    expect(await db.budgetLines.where('year').equals(2026).count()).toBe(0);
    expect(await db.spendings.where('activityId').equals('a1').count()).toBe(0);
    expect(await db.lessonFeedback.where('lecturerId').equals('x').count()).toBe(0);
    db.close();
  });
});
