import type {
  Activity,
  ActivityStatus,
  ActivityType,
  Attendance,
  AttendanceStatus,
  AttendeeCategory,
  Minutes,
  StoredFile,
} from '../../domain/entities/activity';
import { activitySchema, activityTypeSchema, attendanceSchema, minutesSchema } from '../../domain/entities/activity';
import { todayIso, yearOf } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import { checkActivity } from '../../domain/rules/activity-checks';
import { creditedHours } from '../../domain/rules/attendance-counts';
import { defaultActivityTypeRecords } from '../../domain/rules/default-activity-types';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, nowIso, softDeleted, touchRecord } from '../records';
import { rebuildStudySummaries, recomputeStudySummaries, studySummaryTables } from './study-summary-repository';
import type { MemberYear } from './study-summary-repository';

export class ActivityError extends Error {}

/** Creates the built-in types the first time they are needed; their ids are fixed, so PCs agree. */
export async function ensureDefaultActivityTypes(db: LedgerDatabase): Promise<void> {
  const defaults = defaultActivityTypeRecords();
  const existing = new Set((await db.activityTypes.toCollection().primaryKeys()).map(String));
  const missing = defaults.filter((type) => !existing.has(type.id));
  if (missing.length > 0) await db.activityTypes.bulkPut(missing);
}

export async function listActivityTypes(db: LedgerDatabase): Promise<ActivityType[]> {
  return (await db.activityTypes.orderBy('order').toArray()).filter(isLive);
}

export async function saveActivityType(db: LedgerDatabase, type: ActivityType): Promise<ActivityType> {
  const valid = activityTypeSchema.parse(touchRecord(type));
  const clash = (await db.activityTypes.toArray()).find(
    (other) => other.id !== valid.id && other.deletedAt === undefined && other.name === valid.name,
  );
  if (clash !== undefined) throw new ActivityError(`已有名为“${valid.name}”的活动类型`);
  const before = await db.activityTypes.get(valid.id);
  await db.activityTypes.put(valid);
  // 集中 vs 自学 (条例 art. 20) and 组织生活 are kept in the yearly summaries: this year's are redone.
  if (
    before !== undefined &&
    (before.concentrated !== valid.concentrated || before.isOrganisationalLife !== valid.isOrganisationalLife)
  ) {
    await rebuildStudySummaries(db, yearOf(todayIso()));
  }
  return valid;
}

export type ActivityInput = Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'expectedFrozenAt'>;

/** The expected list as frozen on the activity: who, and what branch/group they were in then. */
export type ExpectedPerson = Pick<Member, 'id' | 'name' | 'branchId' | 'groupId'>;

function assertValid(input: ActivityInput): void {
  const { errors } = checkActivity(input, todayIso());
  const first = Object.values(errors)[0];
  if (first !== undefined) throw new ActivityError(first);
}

function expectedRows(activity: Activity, people: readonly ExpectedPerson[], now: string): Attendance[] {
  return people.map((person, index) =>
    createRecord<Attendance>(
      {
        activityId: activity.id,
        memberId: person.id,
        personName: person.name,
        personCategory: 'member',
        branchIdAtTime: person.branchId,
        ...(person.groupId === undefined ? {} : { groupIdAtTime: person.groupId }),
        expected: true,
        status: 'unmarked',
        hours: 0,
        date: activity.date,
        order: index + 1,
      },
      now,
    ),
  );
}

/**
 * Creates an activity with its expected list frozen as attendance rows (应到), in one transaction. The list
 * keeps each person's branch and group of that day, so a later move does not rewrite history.
 */
export async function createActivity(
  db: LedgerDatabase,
  input: ActivityInput,
  expected: readonly ExpectedPerson[],
): Promise<Activity> {
  assertValid(input);
  if (expected.length === 0) throw new ActivityError('应到人员名单为空：请选择支部、党小组或逐个添加党员');
  if (new Set(expected.map((person) => person.id)).size !== expected.length) {
    throw new ActivityError('应到人员名单中有重复的党员');
  }
  const now = nowIso();
  const activity = activitySchema.parse(createRecord<Activity>({ ...input, expectedFrozenAt: now }, now));
  const rows = expectedRows(activity, expected, now).map((row) => attendanceSchema.parse(row));
  await db.transaction('rw', [db.activities, db.attendance], async () => {
    await db.activities.add(activity);
    await db.attendance.bulkAdd(rows);
  });
  return activity;
}

export async function getActivityAttendance(db: LedgerDatabase, activityId: string): Promise<Attendance[]> {
  return (await db.attendance.where('activityId').equals(activityId).toArray())
    .filter(isLive)
    .sort((a, b) => a.order - b.order);
}

function memberYearsOf(rows: readonly Attendance[], dates: readonly string[]): MemberYear[] {
  const keys: MemberYear[] = [];
  for (const row of rows) {
    if (row.memberId === undefined) continue;
    for (const date of dates) keys.push({ memberId: row.memberId, year: yearOf(date) });
  }
  return keys;
}

/**
 * Saves the activity's details. A changed date, hours or status is carried to its attendance rows and
 * the members' yearly summaries in the same transaction. Cancelling keeps every attendance row.
 */
export async function updateActivity(db: LedgerDatabase, activity: Activity): Promise<Activity> {
  assertValid(activity);
  const valid = activitySchema.parse(touchRecord(activity));
  await db.transaction('rw', [db.activities, ...studySummaryTables(db)], async () => {
    const before = await db.activities.get(valid.id);
    if (before === undefined) throw new ActivityError('活动已不存在');
    await db.activities.put(valid);
    const rows = await getActivityAttendance(db, valid.id);
    const changed = rows
      .filter((row) => row.date !== valid.date || row.hours !== creditedHours(row.status, valid.hours))
      .map((row) => touchRecord({ ...row, date: valid.date, hours: creditedHours(row.status, valid.hours) }));
    if (changed.length > 0) await db.attendance.bulkPut(changed);
    await recomputeStudySummaries(db, memberYearsOf(rows, [before.date, valid.date]));
  });
  return valid;
}

export async function setActivityStatus(db: LedgerDatabase, id: string, status: ActivityStatus): Promise<void> {
  const activity = await db.activities.get(id);
  if (activity === undefined) throw new ActivityError('活动已不存在');
  await updateActivity(db, { ...activity, status });
}

/**
 * Moves the activity to the recycle bin. Its attendance rows stay with it (restoring brings it back
 * whole) but stop counting: the attendees' yearly summaries are recounted in the same transaction.
 */
export async function deleteActivity(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', studySummaryTables(db), async () => {
    const activity = await db.activities.get(id);
    if (activity === undefined || activity.deletedAt !== undefined) throw new ActivityError('活动已不存在或已删除');
    await db.activities.put(softDeleted(activity));
    const rows = await db.attendance.where('activityId').equals(id).toArray();
    await recomputeStudySummaries(db, memberYearsOf(rows, [activity.date]));
  });
}

/** One line of attendance as edited on screen; `id` absent for a new walk-in. */
export interface AttendanceEdit {
  id?: string;
  memberId?: string;
  personName: string;
  personCategory: AttendeeCategory;
  branchIdAtTime?: string;
  groupIdAtTime?: string;
  status: AttendanceStatus;
  reason?: string;
}

/**
 * Saves the attendance typed back from the paper sheet in ONE transaction: every line's status and
 * reason, new walk-ins, the hours each line earns, and the members' yearly study summaries.
 */
export async function saveAttendance(
  db: LedgerDatabase,
  activityId: string,
  edits: readonly AttendanceEdit[],
): Promise<void> {
  const seen = new Set<string>();
  for (const edit of edits) {
    if (edit.memberId === undefined) continue;
    if (seen.has(edit.memberId)) throw new ActivityError(`${edit.personName} 在名单中出现了两次，请删去重复的一行`);
    seen.add(edit.memberId);
  }
  for (const edit of edits) {
    if (edit.personName.trim() === '') throw new ActivityError('有一行没有填写姓名');
  }
  await db.transaction('rw', [db.activities, ...studySummaryTables(db)], async () => {
    const activity = await db.activities.get(activityId);
    if (activity === undefined || activity.deletedAt !== undefined) throw new ActivityError('活动已不存在');
    if (activity.status === 'cancelled')
      throw new ActivityError('活动已取消，不能录入考勤；如活动实际举行了，请先把状态改回“已举行”');
    if (activity.status === 'planned' && edits.some((edit) => edit.status !== 'unmarked')) {
      if (activity.date > todayIso()) throw new ActivityError('活动还未到举行日期，不能录入考勤');
    }
    const existing = new Map((await getActivityAttendance(db, activityId)).map((row) => [row.id, row]));
    const now = nowIso();
    let order = Math.max(0, ...[...existing.values()].map((row) => row.order));
    const rows: Attendance[] = edits.map((edit) => {
      const reason = edit.reason?.trim() ?? '';
      const fields = {
        status: edit.status,
        hours: creditedHours(edit.status, activity.hours),
        date: activity.date,
        ...(reason === '' ? {} : { reason }),
      };
      const previous = edit.id === undefined ? undefined : existing.get(edit.id);
      if (previous !== undefined) {
        const { reason: _old, ...rest } = previous;
        return attendanceSchema.parse({ ...rest, ...fields, updatedAt: now });
      }
      order += 1;
      return attendanceSchema.parse(
        createRecord<Attendance>(
          {
            activityId,
            ...(edit.memberId === undefined ? {} : { memberId: edit.memberId }),
            personName: edit.personName.trim(),
            personCategory: edit.personCategory,
            ...(edit.branchIdAtTime === undefined ? {} : { branchIdAtTime: edit.branchIdAtTime }),
            ...(edit.groupIdAtTime === undefined ? {} : { groupIdAtTime: edit.groupIdAtTime }),
            expected: false,
            order,
            ...fields,
          },
          now,
        ),
      );
    });
    await db.attendance.bulkPut(rows);
    // Walk-in lines taken off the screen are soft-deleted; the expected list itself is frozen.
    const kept = new Set(rows.map((row) => row.id));
    const dropped = [...existing.values()].filter((row) => !kept.has(row.id) && !row.expected);
    if (dropped.length > 0)
      await db.attendance.bulkPut(dropped.map((row) => ({ ...row, deletedAt: now, updatedAt: now })));
    if (activity.status === 'planned' && rows.some((row) => row.status !== 'unmarked')) {
      await db.activities.put({ ...activity, status: 'held', updatedAt: now });
    }
    await recomputeStudySummaries(db, memberYearsOf([...rows, ...dropped], [activity.date]));
  });
}

export async function saveMinutes(
  db: LedgerDatabase,
  activityId: string,
  minutes: Omit<Minutes, 'updatedAt'>,
): Promise<void> {
  const valid = minutesSchema.parse({ ...minutes, updatedAt: nowIso() });
  await db.transaction('rw', db.activities, async () => {
    const activity = await db.activities.get(activityId);
    if (activity === undefined) throw new ActivityError('活动已不存在');
    await db.activities.put({ ...activity, minutes: valid, updatedAt: valid.updatedAt });
  });
}

/** Attaches a local file (材料) to the activity; the bytes live in the `files` table. */
export async function attachMaterial(
  db: LedgerDatabase,
  activityId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<void> {
  const now = nowIso();
  const stored = createRecord<StoredFile>(
    {
      name: file.name,
      mimeType: mimeTypeOf(file.name),
      size: file.bytes.byteLength,
      blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: mimeTypeOf(file.name) }),
      ownerType: 'activity',
      ownerId: activityId,
    },
    now,
  );
  await db.transaction('rw', [db.activities, db.files], async () => {
    const activity = await db.activities.get(activityId);
    if (activity === undefined) throw new ActivityError('活动已不存在');
    await db.files.add(stored);
    await db.activities.put({ ...activity, materialFileIds: [...activity.materialFileIds, stored.id], updatedAt: now });
  });
}

export async function detachMaterial(db: LedgerDatabase, activityId: string, fileId: string): Promise<void> {
  const now = nowIso();
  await db.transaction('rw', [db.activities, db.files], async () => {
    const activity = await db.activities.get(activityId);
    const file = await db.files.get(fileId);
    if (activity === undefined) throw new ActivityError('活动已不存在');
    await db.activities.put({
      ...activity,
      materialFileIds: activity.materialFileIds.filter((id) => id !== fileId),
      updatedAt: now,
    });
    if (file !== undefined) await db.files.put({ ...file, deletedAt: now, updatedAt: now });
  });
}

function mimeTypeOf(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xls: 'application/vnd.ms-excel',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ppt: 'application/vnd.ms-powerpoint',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    txt: 'text/plain',
    mp4: 'video/mp4',
    mp3: 'audio/mpeg',
  };
  return types[extension] ?? 'application/octet-stream';
}

/** A member's lines across activities (the 参加活动 tab), newest first, by the member index. */
export async function memberAttendance(
  db: LedgerDatabase,
  memberId: string,
): Promise<{ row: Attendance; activity: Activity }[]> {
  const rows = (await db.attendance.where('memberId').equals(memberId).toArray()).filter(
    (row) => row.deletedAt === undefined,
  );
  const activities = await db.activities.bulkGet([...new Set(rows.map((row) => row.activityId))]);
  const byId = new Map(
    activities.flatMap((activity) =>
      activity === undefined || activity.deletedAt !== undefined ? [] : [[activity.id, activity] as const],
    ),
  );
  return rows
    .flatMap((row) => {
      const activity = byId.get(row.activityId);
      return activity === undefined ? [] : [{ row, activity }];
    })
    .sort((a, b) => b.activity.date.localeCompare(a.activity.date));
}

/** The sheet order chosen on the sign-in sheet; attendance entry follows it. */
export async function setSheetSort(
  db: LedgerDatabase,
  activityId: string,
  sheetSort: 'group' | 'pinyin',
): Promise<void> {
  await db.activities.update(activityId, { sheetSort, updatedAt: nowIso() });
}

/** Keeps the office's wording of the notice with the activity, so the next notice starts from it. */
export async function saveNoticeDraft(
  db: LedgerDatabase,
  activityId: string,
  noticeDraft: NonNullable<Activity['noticeDraft']>,
  now: string,
): Promise<void> {
  await db.activities.update(activityId, { noticeDraft, updatedAt: now });
}
