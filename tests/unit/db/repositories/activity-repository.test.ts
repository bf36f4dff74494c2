import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  ActivityError,
  createActivity,
  deleteActivity,
  ensureDefaultActivityTypes,
  getActivityAttendance,
  memberAttendance,
  saveAttendance,
  setActivityStatus,
} from '../../../../renderer/src/db/repositories/activity-repository';
import type { ActivityInput, AttendanceEdit } from '../../../../renderer/src/db/repositories/activity-repository';
import { createRecord } from '../../../../renderer/src/db/records';
import { purgeDeleted, restoreDeleted } from '../../../../renderer/src/db/repositories/recycle-bin-repository';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { studySummaryId } from '../../../../renderer/src/domain/entities/study-summary';
import { ACTIVITY_TYPE_IDS } from '../../../../renderer/src/domain/rules/default-activity-types';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

function newMember(name: string, branchId: string): Member {
  return createRecord<Member>({
    name,
    category: '正式党员',
    branchId,
    groupId: `${branchId}-g1`,
    partyStanding: '正常',
    lostContact: false,
    floating: false,
    membershipStatus: 'active',
    namePinyin: name,
    nameInitials: name.charAt(0),
  });
}

const LESSON: ActivityInput = {
  typeId: ACTIVITY_TYPE_IDS.partyLesson,
  title: '党课：党章学习',
  orgUnitIds: ['b1'],
  date: '2026-03-15',
  startTime: '09:00',
  endTime: '11:00',
  hours: 2,
  materialFileIds: [],
  status: 'held',
};

describe('activity attendance', () => {
  let name = '';
  let db: LedgerDatabase;
  const alice = newMember('alice', 'b1');
  const bob = newMember('bob', 'b1');
  const visitor = newMember('visitor', 'b2');

  beforeEach(async () => {
    name = uniqueDatabaseName('activity');
    db = new LedgerDatabase(name);
    await db.open();
    await ensureDefaultActivityTypes(db);
    await db.members.bulkAdd([alice, bob, visitor]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  const edits = async (
    activityId: string,
    marks: Record<string, AttendanceEdit['status']>,
  ): Promise<AttendanceEdit[]> =>
    (await getActivityAttendance(db, activityId)).map((row) => ({
      ...row,
      status: marks[row.personName] ?? row.status,
    }));

  it('the expected list is frozen with branch and group and sheet order, all unmarked', async () => {
    const activity = await createActivity(db, LESSON, [alice, bob]);
    const rows = await getActivityAttendance(db, activity.id);
    expect(rows.map((row) => [row.personName, row.order, row.status, row.expected, row.branchIdAtTime])).toEqual([
      ['alice', 1, 'unmarked', true, 'b1'],
      ['bob', 2, 'unmarked', true, 'b1'],
    ]);
  });

  it('an empty expected list or a member twice is refused', async () => {
    await expect(createActivity(db, LESSON, [])).rejects.toThrow(/应到人员名单为空/);
    await expect(createActivity(db, LESSON, [alice, alice])).rejects.toThrow(/重复/);
    const activity = await createActivity(db, LESSON, [alice]);
    const twice = [
      ...(await edits(activity.id, {})),
      { personName: 'alice', personCategory: 'member' as const, memberId: alice.id, status: 'present' as const },
    ];
    await expect(saveAttendance(db, activity.id, twice)).rejects.toThrow(/出现了两次/);
  });

  it('saving attendance credits the hours to those present or late and updates their yearly summary', async () => {
    const activity = await createActivity(db, LESSON, [alice, bob]);
    await saveAttendance(db, activity.id, await edits(activity.id, { alice: 'late', bob: 'leave' }));
    const rows = await getActivityAttendance(db, activity.id);
    expect(rows.map((row) => row.hours)).toEqual([2, 0]);
    const summary = await db.studySummaries.get(studySummaryId(alice.id, 2026));
    expect(summary).toMatchObject({
      attendanceHours: 2,
      totalHours: 2,
      activitiesAttended: 1,
      activitiesExpected: 1,
      organisationalLifeMonths: [3],
    });
    expect((await db.studySummaries.get(studySummaryId(bob.id, 2026)))?.attendanceHours).toBe(0);
  });

  it('deleting an activity stops its hours counting; restoring brings them back; purging takes its attendance', async () => {
    const activity = await createActivity(db, LESSON, [alice, bob]);
    await saveAttendance(db, activity.id, await edits(activity.id, { alice: 'present', bob: 'present' }));
    const hours = async () =>
      (await db.studySummaries.bulkGet([studySummaryId(alice.id, 2026), studySummaryId(bob.id, 2026)])).map(
        (summary) => summary?.attendanceHours,
      );
    expect(await hours()).toEqual([2, 2]);
    await deleteActivity(db, activity.id);
    expect((await db.activities.get(activity.id))?.deletedAt).toBeDefined();
    expect(await hours()).toEqual([0, 0]);
    await expect(deleteActivity(db, activity.id)).rejects.toThrow('活动已不存在或已删除');
    await restoreDeleted(db, 'activities', [activity.id]);
    expect(await hours()).toEqual([2, 2]);
    await deleteActivity(db, activity.id);
    await purgeDeleted(db, 'activities', [activity.id]);
    expect(await db.activities.get(activity.id)).toBeUndefined();
    expect(await db.attendance.where('activityId').equals(activity.id).count()).toBe(0);
    expect(await hours()).toEqual([0, 0]);
  });

  it('a walk-in from another branch is credited to that member, and a non-member is recorded by name', async () => {
    const activity = await createActivity(db, LESSON, [alice]);
    await saveAttendance(db, activity.id, [
      ...(await edits(activity.id, { alice: 'present' })),
      {
        memberId: visitor.id,
        personName: 'visitor',
        personCategory: 'member',
        branchIdAtTime: 'b2',
        status: 'present',
      },
      { personName: '王群众', personCategory: 'resident', status: 'present' },
    ]);
    const rows = await getActivityAttendance(db, activity.id);
    expect(rows.map((row) => [row.personName, row.expected, row.hours, row.branchIdAtTime])).toEqual([
      ['alice', true, 2, 'b1'],
      ['visitor', false, 2, 'b2'],
      ['王群众', false, 2, undefined],
    ]);
    expect((await db.studySummaries.get(studySummaryId(visitor.id, 2026)))?.attendanceHours).toBe(2);
    expect((await memberAttendance(db, visitor.id)).map((item) => item.activity.title)).toEqual(['党课：党章学习']);
  });

  it('cancelling keeps the attendance rows, stops counting them, and refuses new attendance', async () => {
    const activity = await createActivity(db, LESSON, [alice, bob]);
    await saveAttendance(db, activity.id, await edits(activity.id, { alice: 'present', bob: 'present' }));
    await setActivityStatus(db, activity.id, 'cancelled');
    expect(await getActivityAttendance(db, activity.id)).toHaveLength(2);
    expect((await db.studySummaries.get(studySummaryId(alice.id, 2026)))?.attendanceHours).toBe(0);
    await expect(saveAttendance(db, activity.id, await edits(activity.id, {}))).rejects.toBeInstanceOf(ActivityError);
    await setActivityStatus(db, activity.id, 'held');
    expect((await db.studySummaries.get(studySummaryId(alice.id, 2026)))?.attendanceHours).toBe(2);
  });

  it('a held activity dated in the future and an end before the start are refused', async () => {
    await expect(createActivity(db, { ...LESSON, date: '2099-01-01' }, [alice])).rejects.toThrow();
    await expect(createActivity(db, { ...LESSON, startTime: '11:00', endTime: '10:00' }, [alice])).rejects.toThrow(
      /结束时间/,
    );
  });
});
