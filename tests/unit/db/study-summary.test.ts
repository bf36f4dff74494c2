import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import {
  addStudyEntry,
  deleteStudyEntry,
  restoreStudyEntry,
  updateStudyEntry,
} from '../../../renderer/src/db/repositories/study-entry-repository';
import {
  rebuildStudySummaries,
  recomputeStudySummaries,
  studySummaryTables,
} from '../../../renderer/src/db/repositories/study-summary-repository';
import type { Activity, Attendance } from '../../../renderer/src/domain/entities/activity';
import { deleteDatabase, uniqueDatabaseName } from './schema-harness';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const M = '00000000-0000-4000-8000-000000000001';

function activity(id: string, date: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    ...stamp,
    typeId: 'life',
    title: '主题党日',
    orgUnitIds: ['b1'],
    date,
    hours: 2,
    materialFileIds: [],
    status: 'held',
    ...overrides,
  };
}

function row(id: string, activityId: string, date: string, overrides: Partial<Attendance> = {}): Attendance {
  return {
    id,
    ...stamp,
    activityId,
    memberId: M,
    personName: '王某某',
    personCategory: 'member',
    branchIdAtTime: 'b1',
    expected: true,
    status: 'present',
    hours: 2,
    date,
    order: 1,
    ...overrides,
  };
}

describe('study summaries stay right through every write', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('summary');
    db = new LedgerDatabase(name);
    await db.open();
    await db.activityTypes.bulkPut([
      {
        id: 'life',
        ...stamp,
        name: '主题党日',
        defaultHours: 2,
        frequency: { period: 'month', times: 1, level: 'branch' },
        isOrganisationalLife: true,
        order: 1,
        builtIn: true,
      },
      {
        id: 'lecture',
        ...stamp,
        name: '专题讲座',
        defaultHours: 4,
        frequency: { period: 'none', times: 0, level: 'branch' },
        isOrganisationalLife: false,
        order: 2,
        builtIn: false,
      },
    ]);
    await db.members.put({
      id: M,
      ...stamp,
      name: '王某某',
      category: '正式党员',
      branchId: 'b1',
      partyStanding: '正常',
      lostContact: false,
      floating: false,
      membershipStatus: 'active',
      namePinyin: 'wangmoumou',
      nameInitials: 'wmm',
    });
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  /** What an attendance save does: rows and summaries in one transaction. */
  async function writeAttendance(change: () => Promise<unknown>, years: number[] = [2026]) {
    await db.transaction('rw', studySummaryTables(db), async () => {
      await change();
      await recomputeStudySummaries(
        db,
        years.map((year) => ({ memberId: M, year })),
      );
    });
  }

  const summary = () => db.studySummaries.get(`${M}:2026`);

  it('adding, editing, deleting attendance and cancelling the activity move the hours', async () => {
    await db.activities.bulkPut([activity('a1', '2026-03-05'), activity('a2', '2026-12-31', { typeId: 'lecture' })]);
    await writeAttendance(() => db.attendance.bulkPut([row('r1', 'a1', '2026-03-05'), row('r2', 'a2', '2026-12-31')]));
    expect(await summary()).toMatchObject({
      attendanceHours: 4,
      totalHours: 4,
      activitiesAttended: 2,
      activitiesExpected: 2,
      organisationalLifeMonths: [3],
      lastOrganisationalLifeDate: '2026-03-05',
    });
    expect((await summary())?.byBranch?.['b1']).toMatchObject({ attended: 2, expected: 2, hours: 4 });
    expect((await summary())?.byBranch?.['b1']?.monthlyAttended[11]).toBe(1);

    // Marked as leave: no hours, still expected, no organisational life.
    await writeAttendance(() => db.attendance.update('r1', { status: 'leave', hours: 0, reason: '住院' }));
    expect(await summary()).toMatchObject({
      attendanceHours: 2,
      activitiesAttended: 1,
      activitiesExpected: 2,
      organisationalLifeMonths: [],
    });

    await writeAttendance(() => db.attendance.update('r2', { deletedAt: '2026-12-31T10:00:00.000Z' }));
    expect(await summary()).toMatchObject({ attendanceHours: 0, activitiesExpected: 1 });

    await writeAttendance(() => db.attendance.update('r1', { status: 'present', hours: 2 }));
    await writeAttendance(() => db.activities.update('a1', { status: 'cancelled' }));
    expect(await summary()).toMatchObject({ attendanceHours: 0, activitiesAttended: 0, activitiesExpected: 0 });
  });

  it('attendance at another branch counts for the member and is split by that branch', async () => {
    await db.activities.put(activity('x', '2026-06-01', { orgUnitIds: ['b2'] }));
    await writeAttendance(() =>
      db.attendance.put(row('r', 'x', '2026-06-01', { branchIdAtTime: 'b2', expected: false })),
    );
    const stored = await summary();
    expect(stored).toMatchObject({
      attendanceHours: 2,
      lastOrganisationalLifeDate: '2026-06-01',
      activitiesExpected: 0,
    });
    expect(stored?.byBranch?.['b2']).toMatchObject({ hours: 2, expected: 0 });
  });

  it('study entries add, edit, move year, delete and restore with their summary', async () => {
    await db.activities.put(activity('a1', '2026-03-05'));
    await writeAttendance(() => db.attendance.put(row('r1', 'a1', '2026-03-05')));
    const entry = await addStudyEntry(db, {
      memberId: M,
      date: '2026-04-01',
      source: 'self-study',
      content: '学习党章',
      hours: 3,
    });
    await addStudyEntry(db, {
      memberId: M,
      date: '2026-05-01',
      source: 'remote',
      content: '远程教育专题片',
      hours: 1.5,
    });
    expect(await summary()).toMatchObject({
      attendanceHours: 2,
      selfStudyHours: 4.5,
      totalHours: 6.5,
      selfStudyBySource: { 'self-study': 3, remote: 1.5 },
    });

    await updateStudyEntry(db, entry.id, { hours: 4 });
    expect((await summary())?.totalHours).toBe(7.5);

    await updateStudyEntry(db, entry.id, { date: '2025-12-31' });
    expect((await summary())?.selfStudyHours).toBe(1.5);
    expect((await db.studySummaries.get(`${M}:2025`))?.selfStudyHours).toBe(4);

    await deleteStudyEntry(db, entry.id);
    expect((await db.studySummaries.get(`${M}:2025`))?.selfStudyHours).toBe(0);
    expect((await db.studyEntries.get(entry.id))?.deletedAt).toBeDefined();

    await restoreStudyEntry(db, entry.id);
    expect((await db.studySummaries.get(`${M}:2025`))?.selfStudyHours).toBe(4);
  });

  it('a rejected study entry leaves neither the entry nor a changed summary', async () => {
    await expect(
      addStudyEntry(db, { memberId: M, date: '2026-04-01', source: 'self-study', content: '', hours: 3 }),
    ).rejects.toThrow();
    expect(await db.studyEntries.count()).toBe(0);
    expect(await summary()).toBeUndefined();
  });

  it('organisational life recorded elsewhere counts for the six-month rule', async () => {
    await addStudyEntry(db, {
      memberId: M,
      date: '2026-08-08',
      source: 'elsewhere',
      content: '在流入地支部参加主题党日',
      hours: 2,
    });
    expect(await summary()).toMatchObject({ lastOrganisationalLifeDate: '2026-08-08', organisationalLifeMonths: [8] });
  });

  it('the rebuild finds and repairs a summary that went wrong, and leaves right ones alone', async () => {
    await addStudyEntry(db, {
      memberId: M,
      date: '2026-04-01',
      source: 'training',
      content: '区委党校培训班',
      hours: 8,
    });
    expect(await rebuildStudySummaries(db, 2026)).toEqual({ checked: 1, repaired: 0 });
    await db.studySummaries.update(`${M}:2026`, { totalHours: 99 });
    expect(await rebuildStudySummaries(db, 2026)).toEqual({ checked: 1, repaired: 1 });
    expect((await summary())?.totalHours).toBe(8);
  });

  it('one call over several members and years gives each member-year only its own rows', async () => {
    const other = '00000000-0000-4000-8000-000000000002';
    const member = await db.members.get(M);
    if (member === undefined) throw new Error('seed member missing');
    await db.members.put({ ...member, id: other, name: '李某某', branchId: 'b2' });
    await db.activities.bulkPut([
      activity('y24', '2024-12-31'),
      activity('y25', '2025-01-01'),
      activity('y26', '2026-07-01', { typeId: 'lecture' }),
    ]);
    await db.attendance.bulkPut([
      row('m24', 'y24', '2024-12-31'),
      row('m26', 'y26', '2026-07-01'),
      row('o25', 'y25', '2025-01-01', { memberId: other, hours: 3 }),
    ]);
    await db.transaction('rw', studySummaryTables(db), () =>
      recomputeStudySummaries(db, [
        { memberId: M, year: 2024 },
        { memberId: other, year: 2025 },
        { memberId: M, year: 2026 },
        { memberId: M, year: 2025 },
      ]),
    );
    const stored = await db.studySummaries.bulkGet([`${M}:2024`, `${M}:2025`, `${M}:2026`, `${other}:2025`]);
    expect(stored.map((one) => one?.totalHours)).toEqual([2, 0, 2, 3]);
    expect(stored.map((one) => one?.organisationalLifeMonths)).toEqual([[12], [], [], [1]]);
    expect(stored[3]?.branchId).toBe('b2');
  });
});
