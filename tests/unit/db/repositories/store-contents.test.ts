import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { storeContents } from '../../../../renderer/src/db/repositories/first-run-repository';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDatabase(name);
});

async function store(): Promise<LedgerDatabase> {
  const name = uniqueDatabaseName('store-contents');
  names.push(name);
  const db = new LedgerDatabase(name);
  await db.open();
  return db;
}

// Only the fields the counts read: the tables' indexes.
const member = (id: string, deletedAt?: string) => ({ id, name: id, ...(deletedAt ? { deletedAt } : {}) }) as Member;

describe('whether this browser address holds a ledger', () => {
  it('is empty with no members, activities or units', async () => {
    expect(await storeContents(await store())).toEqual({ empty: true, members: 0 });
  });

  it('counts live members only, and a member in the recycle bin still makes the store not empty', async () => {
    const db = await store();
    await db.members.bulkAdd([member('a'), member('b'), member('c', '2026-01-01T00:00:00.000Z')]);
    expect(await storeContents(db)).toEqual({ empty: false, members: 2 });
    await db.members.bulkDelete(['a', 'b']);
    expect(await storeContents(db)).toEqual({ empty: false, members: 0 });
  });
});
