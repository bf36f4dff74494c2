import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v5 (change log)', () => {
  const name = uniqueDatabaseName('v5');
  afterEach(() => deleteDatabase(name));

  it('a store of the previous version keeps its data and gains an empty change log', async () => {
    await seedAtVersion(name, 4, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1', idNumber: '11010519491231002X' });
    });
    const db = await openCurrent(name);
    expect((await db.members.get('m1'))?.name).toBe('张三');
    expect(await db.changeLog.count()).toBe(0);
    db.close();
  });
});
