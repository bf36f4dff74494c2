import { afterEach, describe, expect, it } from 'vitest';
import { countDeleted, listDeleted } from '../../../../renderer/src/db/repositories/recycle-bin-repository';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v8 (deletedAt and lecturerId indexes)', () => {
  const name = uniqueDatabaseName('v8');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its rows, and the recycle bin finds only the deleted ones by index', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('attendance').bulkPut([
        { id: 'a1', activityId: 'x', memberId: 'm1', date: '2026-01-05' },
        { id: 'a2', activityId: 'x', memberId: 'm2', date: '2026-01-05', deletedAt: '2026-02-01T08:00:00.000Z' },
        { id: 'a3', activityId: 'y', memberId: 'm1', date: '2026-03-05' },
      ]);
      await old.table('members').bulkPut([
        { id: 'm1', name: '张三', branchId: 'b1' },
        { id: 'm2', name: '李四', branchId: 'b1', deletedAt: '2026-02-02T08:00:00.000Z' },
      ]);
      await old.table('activities').bulkPut([
        { id: 'x', date: '2026-01-05', typeId: 't', status: 'held', orgUnitIds: [], lecturerId: 'l1' },
        { id: 'y', date: '2026-03-05', typeId: 't', status: 'held', orgUnitIds: [] },
      ]);
    });
    const db = await openCurrent(name);
    expect(await db.attendance.count()).toBe(3);
    expect(db.attendance.schema.idxByName['deletedAt']).toBeDefined();
    expect((await db.attendance.where('deletedAt').aboveOrEqual('').primaryKeys()).sort()).toEqual(['a2']);
    expect((await listDeleted(db, 'attendance')).map((row) => row.id)).toEqual(['a2']);
    expect(await countDeleted(db, 'attendance')).toBe(1);
    expect((await listDeleted(db, 'members')).map((row) => row.id)).toEqual(['m2']);
    expect(await countDeleted(db, 'activities')).toBe(0);
    expect(await db.activities.where('lecturerId').equals('l1').primaryKeys()).toEqual(['x']);
    db.close();
  });
});
