import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v14 (发展党员)', () => {
  const name = uniqueDatabaseName('v14');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its members and gains empty recruitment tables found by their indexes', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1', idNumber: '11010519491231002X' });
    });
    const db = await openCurrent(name);
    expect(await db.members.count()).toBe(1);
    expect(await db.recruitmentCases.count()).toBe(0);
    await db.recruitmentCases.put({
      id: 'c1',
      name: '赵六',
      idNumber: '110101200001011234',
      gender: '男',
      birthDate: '2000-01-01',
      branchId: 'b1',
      applicationDate: '2024-01-15',
      createdAt: 'x',
      updatedAt: 'x',
    });
    await db.recruitmentSteps.bulkPut([
      { id: 's1', caseId: 'c1', kind: 'talk', date: '2024-02-01', createdAt: 'x', updatedAt: 'x' },
      { id: 's2', caseId: 'c1', kind: 'recommendation', date: '2024-03-01', createdAt: 'x', updatedAt: 'x' },
    ]);
    expect(await db.recruitmentCases.where('branchId').equals('b1').count()).toBe(1);
    expect(await db.recruitmentCases.where('idNumber').equals('110101200001011234').count()).toBe(1);
    expect(
      await db.recruitmentSteps.where('[caseId+date]').between(['c1', '2024-01-01'], ['c1', '2024-02-28']).count(),
    ).toBe(1);
    expect(await db.recruitmentSteps.where('kind').equals('recommendation').count()).toBe(1);
    db.close();
  });
});
