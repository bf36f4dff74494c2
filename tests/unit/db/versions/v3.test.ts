import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v3 (activities)', () => {
  const name = uniqueDatabaseName('v3');
  afterEach(() => deleteDatabase(name));

  it('a v2 store keeps its organisation and members and gains the activity tables', async () => {
    await seedAtVersion(name, 2, async (old) => {
      await old.table('orgUnits').put({ id: 'b1', kind: 'branch', name: '第一党支部', order: 1 });
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1', idNumber: '11010519491231002X' });
    });
    const db = await openCurrent(name);
    expect(await db.members.where('idNumber').equals('11010519491231002X').count()).toBe(1);
    expect((await db.orgUnits.get('b1'))?.name).toBe('第一党支部');
    expect(await db.attendance.where('memberId').equals('m1').count()).toBe(0);
    expect(await db.studySummaries.count()).toBe(0);
    db.close();
  });
});
