import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { studyRowsOfYear, studyRecordOf } from '../../../../renderer/src/db/repositories/study-record-repository';
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
      { date: '2026-03-05', content: '党课a1', form: '党课', hours: 4, organiser: '龚䶮', note: '' },
      { date: '2026-06-05', content: '党课a2', form: '党课', hours: 3, organiser: '龚䶮', note: '迟到' },
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
});
