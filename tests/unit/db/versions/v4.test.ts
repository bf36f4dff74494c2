import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v4 (study archive)', () => {
  const name = uniqueDatabaseName('v4');
  afterEach(() => deleteDatabase(name));

  it('a v3 store keeps its attendance and summaries and gains study entries, reflections and thought reports', async () => {
    await seedAtVersion(name, 3, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1' });
      await old.table('attendance').put({ id: 'a1', activityId: 'x', memberId: 'm1', date: '2026-03-01' });
      await old
        .table('studySummaries')
        .put({ id: 'm1:2026', memberId: 'm1', year: 2026, branchId: 'b1', totalHours: 4 });
    });
    const db = await openCurrent(name);
    expect(
      await db.attendance.where('[memberId+date]').between(['m1', '2026-01-01'], ['m1', '2026-12-31']).count(),
    ).toBe(1);
    expect((await db.studySummaries.get('m1:2026'))?.totalHours).toBe(4);
    await db.studyEntries.put({
      id: 'e1',
      memberId: 'm1',
      date: '2026-05-01',
      source: 'self-study',
      content: '学习党章',
      hours: 2,
      createdAt: '',
      updatedAt: '',
    });
    expect(
      await db.studyEntries.where('[memberId+date]').between(['m1', '2026-01-01'], ['m1', '2026-12-31']).count(),
    ).toBe(1);
    expect(await db.reflections.where('[memberId+year]').equals(['m1', 2026]).count()).toBe(0);
    expect(await db.thoughtReports.where('memberId').equals('m1').count()).toBe(0);
    db.close();
  });
});
