import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v15 (review, honours, care, in-service ledgers)', () => {
  const name = uniqueDatabaseName('v15');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its members and gains the ledger tables, a round found by its member', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1' });
      await old.table('memberEvents').put({ id: 'e1', memberId: 'm1', date: '2020-01-01', type: 'confirmed' });
    });
    const db = await openCurrent(name);
    expect((await db.members.get('m1'))?.name).toBe('张三');
    expect(await db.memberEvents.where('type').equals('confirmed').count()).toBe(1);
    await db.reviewRounds.put({
      id: 'r1',
      branchId: 'b1',
      year: 2026,
      memberIds: ['m1', 'm2'],
      entries: {},
      createdAt: '',
      updatedAt: '',
    });
    expect(await db.reviewRounds.where('memberIds').equals('m2').count()).toBe(1);
    expect(await db.reviewRounds.where('[branchId+year]').equals(['b1', 2026]).count()).toBe(1);
    for (const table of [
      db.reviewBallots,
      db.correctionCases,
      db.inServiceMembers,
      db.serviceRecords,
      db.careObjects,
      db.careRounds,
      db.careVisits,
      db.fiftyYearAwards,
      db.honours,
      db.pledges,
    ]) {
      expect(await table.count()).toBe(0);
    }
    db.close();
  });
});
