import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  studyRecordOf,
  studyRecordsOf,
  studyRowsOfYear,
} from '../../../../renderer/src/db/repositories/study-record-repository';
import type { Activity, Attendance } from '../../../../renderer/src/domain/entities/activity';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const M = '00000000-0000-4000-8000-000000000001';

function activity(id: string, date: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    ...stamp,
    typeId: 'lesson',
    title: `党课${id}`,
    orgUnitIds: ['b1'],
    date,
    hours: 4,
    materialFileIds: [],
    status: 'held',
    lecturerName: '龚䶮',
    ...overrides,
  };
}

function attendance(id: string, activityId: string, date: string, overrides: Partial<Attendance> = {}): Attendance {
  return {
    id,
    ...stamp,
    activityId,
    memberId: M,
    personName: '王𠈌',
    personCategory: 'member',
    expected: true,
    status: 'present',
    hours: 4,
    date,
    order: 1,
    ...overrides,
  };
}

describe('a member’s study year for the 学习记录表', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('study-record');
    db = new LedgerDatabase(name);
    await db.open();
    await db.activityTypes.put({
      id: 'lesson',
      ...stamp,
      name: '党课',
      defaultHours: 4,
      frequency: { period: 'quarter', times: 1, level: 'branch' },
      isOrganisationalLife: true,
      order: 1,
      builtIn: true,
    });
    await db.activities.bulkPut([
      activity('a1', '2026-03-05'),
      activity('a2', '2026-06-05'),
      activity('a3', '2026-09-05'),
      activity('a4', '2026-12-05', { status: 'planned' }),
      activity('a5', '2025-12-31'),
      activity('a6', '2026-10-10', { deletedAt: stamp.updatedAt }),
    ]);
    await db.attendance.bulkPut([
      attendance('r1', 'a1', '2026-03-05'),
      attendance('r2', 'a2', '2026-06-05', { status: 'late', hours: 3 }),
      attendance('r3', 'a3', '2026-09-05', { status: 'absent', hours: 0 }),
      attendance('r4', 'a4', '2026-12-05'),
      attendance('r5', 'a5', '2025-12-31'),
      attendance('r6', 'a6', '2026-10-10'),
    ]);
  });

  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('counts held activities the member attended or came late to, with the hours credited, in date order', async () => {
    const rows = await studyRowsOfYear(db, M, 2026);
    expect(rows).toEqual([
      {
        date: '2026-03-05',
        content: '党课a1',
        form: '党课',
        hours: 4,
        organiser: '龚䶮',
        note: '',
        concentrated: true,
      },
      {
        date: '2026-06-05',
        content: '党课a2',
        form: '党课',
        hours: 3,
        organiser: '龚䶮',
        note: '迟到',
        concentrated: true,
      },
    ]);
  });

  it('gives a member with nothing that year an empty list, not an error', async () => {
    expect(await studyRowsOfYear(db, M, 2024)).toEqual([]);
  });

  it('builds the sheet’s data with the member’s header fields and target', async () => {
    const member = {
      id: M,
      name: '王𠈌',
      branchId: 'b1',
      gender: '男',
      birthDate: '1958-07-09',
      joinDate: '1985-06-01',
    } as Member;
    const data = await studyRecordOf(db, member, 2026, { branchName: () => '第一党支部', targetHours: () => 32 });
    expect(data).toMatchObject({ year: 2026, name: '王𠈌', branchName: '第一党支部', gender: '男', targetHours: 32 });
    expect(data.rows.map((row) => row.hours)).toEqual([4, 3]);
  });

  it('reads a whole batch in bulk to exactly what member-by-member reading gives, entries and 学习体会 included', async () => {
    const other = '00000000-0000-4000-8000-000000000002';
    const nobody = '00000000-0000-4000-8000-000000000003';
    await db.attendance.bulkPut([
      attendance('o1', 'a1', '2026-03-05', { memberId: other }),
      attendance('o2', 'a3', '2026-09-05', { memberId: other, status: 'late', hours: 2 }),
      attendance('o3', 'a2', '2026-06-05', { memberId: other, deletedAt: stamp.updatedAt }),
    ]);
    const entry = (id: string, memberId: string, date: string, extra: object = {}) => ({
      id,
      ...stamp,
      memberId,
      date,
      source: 'self-study' as const,
      content: `自学${id}`,
      hours: 1.5,
      ...extra,
    });
    await db.studyEntries.bulkPut([
      entry('e1', M, '2026-03-05', { form: '读书', organiser: '本人' }),
      entry('e2', other, '2026-01-02'),
      entry('e3', other, '2025-12-31'),
      entry('e4', M, '2026-07-01', { deletedAt: stamp.updatedAt }),
    ]);
    await db.reflections.bulkPut([
      { id: 'f1', ...stamp, memberId: M, year: 2026, text: '收获很大' },
      { id: 'f2', ...stamp, memberId: other, year: 2026, text: '已删除', deletedAt: stamp.updatedAt },
      { id: 'f3', ...stamp, memberId: other, year: 2025, text: '去年' },
    ]);
    const members = [M, other, nobody].map(
      (id, index) => ({ id, name: `党员${index}`, branchId: index === 1 ? 'b2' : 'b1', gender: '女' }) as Member,
    );
    const context = { branchName: (id: string) => `支部${id}`, targetHours: (m: Member) => (m.id === M ? 56 : 32) };
    const bulk = await studyRecordsOf(db, members, 2026, context);
    const single = await Promise.all(members.map((member) => studyRecordOf(db, member, 2026, context)));
    expect(bulk).toEqual(single);
    expect(bulk[0]?.rows.map((row) => row.content)).toEqual(['党课a1', '自学e1', '党课a2']);
    expect(bulk[0]?.reflection).toBe('收获很大');
    expect(bulk[1]?.rows.map((row) => row.content)).toEqual(['自学e2', '党课a1', '党课a3']);
    expect(bulk[1]?.reflection).toBeUndefined();
    expect(bulk[2]?.rows).toEqual([]);
    expect(await studyRecordsOf(db, [], 2026, context)).toEqual([]);
  });
});
