import { afterEach, describe, expect, it } from 'vitest';
import { getOfficeSettings } from '../../../../renderer/src/db/repositories/settings-repository';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v2 (roster)', () => {
  const name = uniqueDatabaseName('v2');
  afterEach(() => deleteDatabase(name));

  it('a v1 store gains the roster tables and keeps its settings', async () => {
    await seedAtVersion(name, 1, async (old) => {
      await old.table('settings').put({ key: 'office', value: { officeName: '中共幸福社区委员会' }, updatedAt: 'x' });
    });
    const db = await openCurrent(name);
    expect((await getOfficeSettings(db)).officeName).toBe('中共幸福社区委员会');
    expect(await db.members.count()).toBe(0);
    expect(await db.orgUnits.count()).toBe(0);
    db.close();
  });
});
