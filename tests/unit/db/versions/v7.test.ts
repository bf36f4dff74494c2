import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v7 (member events by type)', () => {
  const name = uniqueDatabaseName('v7');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its member events and finds them by type', async () => {
    await seedAtVersion(name, 6, async (old) => {
      await old.table('memberEvents').bulkPut([
        { id: 'e1', memberId: 'm1', type: 'joined', date: '2020-07-01' },
        { id: 'e2', memberId: 'm1', type: 'transferred-in', date: '2026-03-01' },
        { id: 'e3', memberId: 'm2', type: 'transferred-in', date: '2025-09-01' },
      ]);
    });
    const db = await openCurrent(name);
    expect(await db.memberEvents.count()).toBe(3);
    expect(await db.memberEvents.where('memberId').equals('m1').count()).toBe(2);
    const arrivals = await db.memberEvents.where('type').equals('transferred-in').toArray();
    expect(arrivals.map((e) => e.id).sort()).toEqual(['e2', 'e3']);
    db.close();
  });
});
