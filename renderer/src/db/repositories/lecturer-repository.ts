import type { Activity } from '../../domain/entities/activity';
import type { Lecturer, LessonFeedback } from '../../domain/entities/lecturer';
import { lecturerSchema, lessonFeedbackSchema } from '../../domain/entities/lecturer';
import type { NewRecord } from '../../domain/entities/record';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, nowIso, softDeleted, touchRecord } from '../records';

export type LecturerFields = NewRecord<Lecturer>;

export async function saveLecturer(db: LedgerDatabase, fields: LecturerFields, id?: string): Promise<Lecturer> {
  const existing = id === undefined ? undefined : await db.lecturers.get(id);
  const record = existing === undefined ? createRecord<Lecturer>(fields) : touchRecord({ ...existing, ...fields });
  const valid = lecturerSchema.parse(record);
  await db.lecturers.put(valid);
  return valid;
}

/** Soft delete: activities keep their `lecturerId` and the lecturer's name still shows in their history. */
export async function deleteLecturer(db: LedgerDatabase, id: string): Promise<void> {
  const existing = await db.lecturers.get(id);
  if (existing !== undefined) await db.lecturers.put(softDeleted(existing));
}

export interface Lesson {
  activity: Activity;
  feedback?: LessonFeedback;
}

/** The lecturer's lessons (activities naming them), newest first, with members' feedback if recorded. */
export async function lecturerLessons(db: LedgerDatabase, lecturerId: string): Promise<Lesson[]> {
  const activities = (await db.activities.where('lecturerId').equals(lecturerId).toArray()).filter(isLive);
  const feedback = new Map(
    (await db.lessonFeedback.where('lecturerId').equals(lecturerId).toArray())
      .filter(isLive)
      .map((row) => [row.activityId, row]),
  );
  return activities
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((activity) => {
      const row = feedback.get(activity.id);
      return row === undefined ? { activity } : { activity, feedback: row };
    });
}

/** Records (or clears, with null) the members' feedback score of one lesson. */
export async function setLessonFeedback(
  db: LedgerDatabase,
  lecturerId: string,
  activityId: string,
  score: number | null,
): Promise<void> {
  await db.transaction('rw', db.lessonFeedback, async () => {
    const existing = (await db.lessonFeedback.where('activityId').equals(activityId).toArray()).find(
      (row) => row.lecturerId === lecturerId && isLive(row),
    );
    if (score === null) {
      if (existing !== undefined) await db.lessonFeedback.put(softDeleted(existing));
      return;
    }
    const record =
      existing === undefined
        ? createRecord<LessonFeedback>({ activityId, lecturerId, score })
        : { ...existing, score, updatedAt: nowIso() };
    await db.lessonFeedback.put(lessonFeedbackSchema.parse(record));
  });
}

/** The lecturer pool (not in the recycle bin), by name. */
export async function listLecturers(db: LedgerDatabase): Promise<Lecturer[]> {
  return (await db.lecturers.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** The pool for a picker: a retired (deleted) lecturer stays selectable where it is already chosen. */
export async function lecturersForPicker(db: LedgerDatabase, chosenId: string): Promise<Lecturer[]> {
  return db.lecturers.filter((lecturer) => isLive(lecturer) || lecturer.id === chosenId).toArray();
}

/** How many lessons (activities not in the recycle bin) each lecturer gave, by the activities' lecturerId index. */
export async function lessonCountsOf(db: LedgerDatabase, lecturerIds: readonly string[]): Promise<Map<string, number>> {
  const pairs = await Promise.all(
    lecturerIds.map(
      async (id) => [id, await db.activities.where('lecturerId').equals(id).filter(isLive).count()] as const,
    ),
  );
  return new Map(pairs.filter(([, count]) => count > 0));
}
