import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { listActivities } from '../../../../renderer/src/db/repositories/activity-reads';
import { listDeleted, restoreDeleted } from '../../../../renderer/src/db/repositories/recycle-bin-repository';
import { lecturerLessons, lessonCountsOf } from '../../../../renderer/src/db/repositories/lecturer-repository';
import {
  activeMemberCounts,
  listCountedMembers,
  loadRoster,
  postCandidates,
} from '../../../../renderer/src/db/repositories/member-reads';
import type { Activity } from '../../../../renderer/src/domain/entities/activity';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

const at = '2026-01-01T00:00:00.000Z';

function member(id: string, fields: Partial<Member>): Member {
  return {
    id,
    name: id,
    namePinyin: id,
    nameInitials: id,
    branchId: 'b1',
    membershipStatus: 'active',
    partyStanding: '正常',
    createdAt: at,
    updatedAt: at,
    ...fields,
  } as Member;
}

function activity(id: string, fields: Partial<Activity>): Activity {
  return {
    id,
    title: id,
    date: '2026-03-01',
    typeId: 't1',
    status: 'held',
    orgUnitIds: ['b1'],
    createdAt: at,
    updatedAt: at,
    ...fields,
  } as Activity;
}

describe('repository reads that pages used to do themselves', () => {
  const name = uniqueDatabaseName('reads');
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openCurrent(name);
    await db.members.bulkPut([
      member('m1', { branchId: 'b1', groupId: 'g1' }),
      member('m2', { branchId: 'b1' }),
      member('m3', { branchId: 'b1', groupId: 'g1', deletedAt: '2026-02-01T00:00:00.000Z' }),
      member('m4', { branchId: 'b1', membershipStatus: 'transferred-out' }),
      member('m5', { branchId: 'b2', deletedAt: '2026-02-03T00:00:00.000Z' }),
    ]);
    await db.activities.bulkPut([
      activity('a1', { lecturerId: 'l1', date: '2026-03-01' }),
      activity('a2', { lecturerId: 'l1', date: '2026-04-01', typeId: 't2' }),
      activity('a3', { lecturerId: 'l1', date: '2026-04-02', deletedAt: at }),
      activity('a4', { lecturerId: 'l2', date: '2026-04-03', status: 'planned' }),
    ]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('the organisation page counts members on the books per branch and group, not those deleted or gone', async () => {
    const counts = await activeMemberCounts(db, [
      { id: 'c', kind: 'committee' },
      { id: 'b1', kind: 'branch' },
      { id: 'g1', kind: 'group' },
      { id: 'b2', kind: 'branch' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ b1: 2, g1: 1 });
  });

  it('a post can go only to a member on the books of that unit', async () => {
    expect((await postCandidates(db, { id: 'g1', kind: 'group' })).map((m) => m.id)).toEqual(['m1']);
    expect((await postCandidates(db, { id: 'b1', kind: 'branch' })).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });

  it('the roster splits into members on file and the recycle bin, most recently deleted first', async () => {
    const roster = await loadRoster(db);
    expect(roster.all).toHaveLength(5);
    expect(roster.live.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm4']);
    expect(roster.deleted.map((m) => m.id)).toEqual(['m5', 'm3']);
    expect((await listCountedMembers(db, 'all')).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it("the lecturers tab counts each lecturer's lessons by index, leaving out deleted activities", async () => {
    expect(Object.fromEntries(await lessonCountsOf(db, ['l1', 'l2', 'l3']))).toEqual({ l1: 2, l2: 1 });
    expect((await lecturerLessons(db, 'l1')).map((lesson) => lesson.activity.id)).toEqual(['a2', 'a1']);
  });

  it('the activities list filters by month, type and status and leaves out the recycle bin', async () => {
    const all = await listActivities(db, { month: '', unitId: '', typeId: '', status: '' });
    expect(all.map((a) => a.id)).toEqual(['a4', 'a2', 'a1']);
    const april = await listActivities(db, { month: '2026-04', unitId: 'b1', typeId: '', status: 'held' });
    expect(april.map((a) => a.id)).toEqual(['a2']);
  });

  it('the recycle bin lists the newest deletion first and will not restore a member whose ID number is taken', async () => {
    expect((await listDeleted(db, 'members')).map((row) => row.id)).toEqual(['m5', 'm3']);
    await db.members.update('m1', { idNumber: '110101199003074514' });
    await db.members.update('m3', { idNumber: '110101199003074514' });
    await expect(restoreDeleted(db, 'members', ['m3'])).rejects.toThrow('已在名册中，不能恢复');
    expect((await db.members.get('m3'))?.deletedAt).toBeDefined();
    await restoreDeleted(db, 'members', ['m5']);
    expect((await db.members.get('m5'))?.deletedAt).toBeUndefined();
  });
});
