import type { Activity, StoredFile } from '../../domain/entities/activity';
import { attendedStatuses, storedFileSchema } from '../../domain/entities/activity';
import type { Courseware, CoursewareViewing } from '../../domain/entities/courseware';
import { coursewareSchema, coursewareViewingSchema } from '../../domain/entities/courseware';
import { yearOf } from '../../domain/entities/dates';
import type { NewRecord } from '../../domain/entities/record';
import type { StudyEntry } from '../../domain/entities/study-record';
import { studyEntrySchema } from '../../domain/entities/study-record';
import { coursewareHours } from '../../domain/rules/courseware-file';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, softDeleted, touchRecord } from '../records';
import type { MemberYear } from './study-summary-repository';
import { recomputeStudySummaries, roundHours, studySummaryTables } from './study-summary-repository';

export type CoursewareFields = Omit<NewRecord<Courseware>, 'fileId' | 'fileName' | 'size'>;

/** The bytes of an imported file: a Blob in browser mode, a path under userData/files in Electron. */
export interface ImportedBytes {
  name: string;
  mimeType: string;
  size: number;
  blob?: Blob;
  storedPath?: string;
}

/** Adds a courseware entry and its file together, in one transaction: both land or neither. */
export async function importCourseware(
  db: LedgerDatabase,
  fields: CoursewareFields,
  file: ImportedBytes | null,
): Promise<Courseware> {
  return db.transaction('rw', db.courseware, db.files, async () => {
    let stored: StoredFile | undefined;
    if (file !== null) {
      stored = storedFileSchema.parse(
        createRecord<StoredFile>({
          name: file.name,
          mimeType: file.mimeType,
          size: file.size,
          ...(file.blob === undefined ? {} : { blob: file.blob }),
          ...(file.storedPath === undefined ? {} : { storedPath: file.storedPath }),
          ownerType: 'courseware',
        }),
      );
    }
    const courseware = coursewareSchema.parse(
      createRecord<Courseware>({
        ...fields,
        ...(stored === undefined ? {} : { fileId: stored.id, fileName: stored.name, size: stored.size }),
      }),
    );
    if (stored !== undefined) await db.files.add({ ...stored, ownerId: courseware.id });
    await db.courseware.add(courseware);
    return courseware;
  });
}

export async function updateCourseware(
  db: LedgerDatabase,
  id: string,
  fields: Partial<CoursewareFields>,
): Promise<void> {
  const existing = await db.courseware.get(id);
  if (existing === undefined) throw new Error('找不到该课件，可能已被删除。');
  await db.courseware.put(coursewareSchema.parse(touchRecord({ ...existing, ...fields })));
}

/**
 * Soft delete of the entry only: its file stays, so activities that played it keep their
 * materials and their attendees keep their hours.
 */
export async function deleteCourseware(db: LedgerDatabase, id: string): Promise<void> {
  const existing = await db.courseware.get(id);
  if (existing !== undefined) await db.courseware.put(softDeleted(existing));
}

export interface AttachResult {
  activity: Activity;
  /** Attendees whose hours changed because the activity's hours did. */
  recredited: number;
}

/**
 * Records that an activity (remote education) played a courseware: the file joins the activity's
 * materials, the activity's 学时 become the total length of everything it played, and attendees
 * already marked present are re-credited with the new hours — all in one transaction with the
 * study summaries.
 */
export async function attachCoursewareToActivity(
  db: LedgerDatabase,
  activityId: string,
  coursewareId: string,
): Promise<AttachResult> {
  return db.transaction('rw', [db.courseware, db.coursewareViewings, ...studySummaryTables(db)], async () => {
    const activity = await db.activities.get(activityId);
    const courseware = await db.courseware.get(coursewareId);
    if (activity === undefined || activity.deletedAt !== undefined) throw new Error('找不到该活动，可能已被删除。');
    if (courseware === undefined) throw new Error('找不到该课件，可能已被删除。');
    const viewings = (await db.coursewareViewings.where('activityId').equals(activityId).toArray()).filter(
      (viewing) => viewing.deletedAt === undefined,
    );
    if (!viewings.some((viewing) => viewing.coursewareId === coursewareId)) {
      const viewing = createRecord<CoursewareViewing>({
        coursewareId,
        kind: 'activity',
        activityId,
        date: activity.date,
        hours: coursewareHours(courseware.durationSeconds ?? 0),
      });
      await db.coursewareViewings.add(coursewareViewingSchema.parse(viewing));
      viewings.push(viewing);
    }
    const hours = roundHours(viewings.reduce((sum, viewing) => sum + viewing.hours, 0));
    const materialFileIds =
      courseware.fileId === undefined || activity.materialFileIds.includes(courseware.fileId)
        ? activity.materialFileIds
        : [...activity.materialFileIds, courseware.fileId];
    const updated = touchRecord({ ...activity, materialFileIds, hours: hours > 0 ? hours : activity.hours });
    await db.activities.put(updated);
    const rows = (await db.attendance.where('activityId').equals(activityId).toArray()).filter(
      (row) => row.deletedAt === undefined && attendedStatuses.includes(row.status) && row.hours !== updated.hours,
    );
    await db.attendance.bulkPut(rows.map((row) => touchRecord({ ...row, hours: updated.hours })));
    const memberYears: MemberYear[] = rows.flatMap((row) =>
      row.memberId === undefined ? [] : [{ memberId: row.memberId, year: yearOf(row.date) }],
    );
    await recomputeStudySummaries(db, memberYears);
    return { activity: updated, recredited: rows.length };
  });
}

/**
 * Logs that members watched or read a courseware on their own: one self-study entry of the study
 * archive per member (so it counts in their yearly hours) and a viewing record linking it to the
 * courseware — all in one transaction with the members' study summaries.
 */
export async function logSelfStudyViewing(
  db: LedgerDatabase,
  coursewareId: string,
  memberIds: readonly string[],
  date: string,
  hours: number,
): Promise<number> {
  if (memberIds.length === 0) throw new Error('请选择观看的党员。');
  return db.transaction('rw', [db.courseware, db.coursewareViewings, ...studySummaryTables(db)], async () => {
    const courseware = await db.courseware.get(coursewareId);
    if (courseware === undefined) throw new Error('找不到该课件，可能已被删除。');
    const entries = memberIds.map((memberId) =>
      studyEntrySchema.parse(
        createRecord<StudyEntry>({
          memberId,
          date,
          source: 'self-study',
          content: `观看课件：${courseware.title}`.slice(0, 500),
          form: courseware.kind === 'video' || courseware.kind === 'audio' ? '观看课件' : '阅读课件',
          hours,
          ...(courseware.source === undefined ? {} : { organiser: courseware.source.slice(0, 60) }),
        }),
      ),
    );
    await db.studyEntries.bulkAdd(entries);
    const viewings = entries.map((entry) =>
      coursewareViewingSchema.parse(
        createRecord<CoursewareViewing>({
          coursewareId,
          kind: 'self-study',
          memberId: entry.memberId,
          studyEntryId: entry.id,
          date,
          hours,
        }),
      ),
    );
    await db.coursewareViewings.bulkAdd(viewings);
    await recomputeStudySummaries(
      db,
      memberIds.map((memberId) => ({ memberId, year: yearOf(date) })),
    );
    return entries.length;
  });
}

/** The courseware library (not in the recycle bin), newest first. */
export async function listCourseware(db: LedgerDatabase): Promise<Courseware[]> {
  return (await db.courseware.toArray()).filter(isLive).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
