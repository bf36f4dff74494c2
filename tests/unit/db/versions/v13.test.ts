import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v13 (党费)', () => {
  const name = uniqueDatabaseName('v13');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its members and gains empty dues tables found by member and month', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1' });
    });
    const db = await openCurrent(name);
    expect(await db.members.count()).toBe(1);
    expect(await db.duesProfiles.count()).toBe(0);
    await db.duesPayments.bulkAdd([
      { id: 'p1', memberId: 'm1', months: ['2026-01', '2026-02'] },
      { id: 'p2', memberId: 'm1', months: ['2026-03'] },
    ] as never);
    expect(await db.duesPayments.where('months').equals('2026-02').count()).toBe(1);
    expect(await db.duesPayments.where('months').aboveOrEqual('2026-02').distinct().count()).toBe(2);
    await db.duesProfiles.add({ id: 'f1', memberId: 'm1', effectiveFrom: '2026-01' } as never);
    expect(await db.duesProfiles.where('[memberId+effectiveFrom]').equals(['m1', '2026-01']).count()).toBe(1);
    expect(await db.duesHandUps.where('year').equals(2026).count()).toBe(0);
    db.close();
  });
});
