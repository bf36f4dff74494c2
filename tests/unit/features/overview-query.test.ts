import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { createRecord } from '../../../renderer/src/db/records';
import type { Member } from '../../../renderer/src/domain/entities/member';
import type { OrgUnit } from '../../../renderer/src/domain/entities/organisation';
import { startOverviewQuery } from '../../../renderer/src/features/overview/use-overview-query';
import { deleteDatabase, uniqueDatabaseName } from '../db/schema-harness';

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

function member(name: string, branchId: string): Member {
  return {
    ...createRecord<Member>({ name, branchId } as Member),
    category: '正式党员',
    membershipStatus: 'active',
    partyStanding: '正常',
    floating: false,
  };
}

describe('the overview query started at start-up', () => {
  let name = '';
  let db: LedgerDatabase | null = null;
  afterEach(async () => {
    db?.close();
    await deleteDatabase(name);
  });

  it('is one running live query the page takes over, and follows later writes', async () => {
    name = uniqueDatabaseName('overview-query');
    db = new LedgerDatabase(name);
    await db.open();
    const branch = createRecord<OrgUnit>({ kind: 'branch', name: '第一党支部', order: 1 });
    await db.orgUnits.add(branch);
    await db.members.add(member('张三', branch.id));

    const started = startOverviewQuery(db, '2026-11-26');
    // The page asks for the same day on the same store: it gets the query already running.
    expect(startOverviewQuery(db, '2026-11-26')).toBe(started);
    await until(() => started.value !== undefined);
    expect(started.value?.[0].countedMembers).toBe(1);

    await db.members.add(member('李四', branch.id));
    await until(() => started.value?.[0].countedMembers === 2);

    // Another day is another query; the first one is stopped.
    const next = startOverviewQuery(db, '2026-11-27');
    expect(next).not.toBe(started);
    await until(() => next.value !== undefined);
    next.stop();
  });
});
