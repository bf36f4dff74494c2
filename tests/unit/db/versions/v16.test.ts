import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v16 (street summaries)', () => {
  const name = uniqueDatabaseName('v16');
  afterEach(() => deleteDatabase(name));

  it('a store from before keeps its data and gains an empty street-summary table indexed by year', async () => {
    await seedAtVersion(name, 7, async (old) => {
      await old.table('members').put({ id: 'm1', name: '张三', branchId: 'b1' });
    });
    const db = await openCurrent(name);
    expect(await db.members.count()).toBe(1);
    expect(await db.streetSummaries.count()).toBe(0);
    await db.streetSummaries.put({
      id: '2026:甲社区',
      year: 2026,
      summary: {} as never,
      importedAt: '2026-11-30',
      fileName: 'a.pdsum',
      createdAt: '2026-11-30',
      updatedAt: '2026-11-30',
    });
    expect(await db.streetSummaries.where('year').equals(2026).count()).toBe(1);
    db.close();
  });
});
