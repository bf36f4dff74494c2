import type { Activity } from '../../domain/entities/activity';
import type { Lecturer, LessonFeedback } from '../../domain/entities/lecturer';
import { lecturerSchema, lessonFeedbackSchema } from '../../domain/entities/lecturer';
import type { NewRecord } from '../../domain/entities/record';
import type { LedgerDatabase } from '../database';
import { createRecord, nowIso, softDeleted, touchRecord } from '../records';

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
  const activities = await db.activities
    .filter((activity) => activity.lecturerId === lecturerId && activity.deletedAt === undefined)
    .toArray();
  const feedback = new Map(
    (await db.lessonFeedback.where('lecturerId').equals(lecturerId).toArray())
      .filter((row) => row.deletedAt === undefined)
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
      (row) => row.lecturerId === lecturerId && row.deletedAt === undefined,
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
