import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v9 (tombstones of purged records)', () => {
  const name = uniqueDatabaseName('v9');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its data and gains an empty tombstones table, found by table', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', createdAt: 'x', updatedAt: 'x' });
    });
    const db = await openCurrent(name);
    expect(await db.members.count()).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
    await db.tombstones.put({ id: 'members:m1', tableName: 'members', recordId: 'm1', purgedAt: '2024-01-01' });
    expect(await db.tombstones.where('tableName').equals('members').count()).toBe(1);
    db.close();
  });
});
