import { z } from 'zod';
import type { Dexie } from 'dexie';
import { activitySchema, activityTypeSchema, attendanceSchema, storedFileSchema } from '../domain/entities/activity';
import { budgetLineSchema, spendingSchema } from '../domain/entities/budget';
import { coursewareSchema, coursewareViewingSchema } from '../domain/entities/courseware';
import { planItemSchema } from '../domain/entities/education-plan';
import { lecturerSchema, lessonFeedbackSchema } from '../domain/entities/lecturer';
import { contactLogSchema, memberEventSchema, memberSchema } from '../domain/entities/member';
import { orgUnitSchema, postSchema } from '../domain/entities/organisation';
import { reflectionSchema, studyEntrySchema, thoughtReportSchema } from '../domain/entities/study-record';
import { tombstoneSchema } from '../domain/entities/tombstone';
import { tablePages } from './table-pages';
import type { TimeSlicer } from '../lib/time-slicer';
import { createTimeSlicer } from '../lib/time-slicer';

type ObjectSchema = z.ZodObject;

/** Each table's entity schema (tables not listed are checked for a primary key only). */
const ENTITY_SCHEMAS: Record<string, ObjectSchema> = {
  members: memberSchema,
  memberEvents: memberEventSchema,
  contactLogs: contactLogSchema,
  orgUnits: orgUnitSchema,
  posts: postSchema,
  activityTypes: activityTypeSchema,
  activities: activitySchema,
  attendance: attendanceSchema,
  files: storedFileSchema,
  budgetLines: budgetLineSchema,
  spendings: spendingSchema,
  courseware: coursewareSchema,
  coursewareViewings: coursewareViewingSchema,
  planItems: planItemSchema,
  lecturers: lecturerSchema,
  lessonFeedback: lessonFeedbackSchema,
  studyEntries: studyEntrySchema,
  reflections: reflectionSchema,
  thoughtReports: thoughtReportSchema,
  tombstones: tombstoneSchema,
};

const recordShape = z.object({ id: z.string().min(1) });

/**
 * The check a restored row must pass: every field it has is of the type and within the limits its
 * entity schema sets (a field an older version did not have may be missing), and it has an id.
 * Ids are any non-empty text: built-in activity types and older data have ids that are not UUIDs.
 */
function rowSchema(table: string): z.ZodType {
  const schema = ENTITY_SCHEMAS[table];
  if (schema === undefined) return z.object({}).loose();
  try {
    return schema.partial().extend(recordShape.shape).loose();
  } catch {
    // A schema with a cross-field refinement cannot be made partial: its rows are checked for an id.
    return recordShape.loose();
  }
}

export interface InvalidRow {
  table: string;
  /** 1-based position in the table. */
  position: number;
  id: string;
  problem: string;
}

/** The first row of `db` that does not fit its table's schema, or null. Reads page by page. */
export async function findInvalidRow(db: Dexie, slicer: TimeSlicer = createTimeSlicer()): Promise<InvalidRow | null> {
  for (const table of db.tables) {
    const schema = rowSchema(table.name);
    const keyPath = table.schema.primKey.keyPath;
    let position = 0;
    for await (const page of tablePages(table)) {
      for (const row of page) {
        // A restore checks a million rows: the window gets a turn every slice, never a long task.
        if (slicer.due()) await slicer.pause();
        position += 1;
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          return { table: table.name, position, id: '', problem: '不是一条记录' };
        }
        const key = typeof keyPath === 'string' ? (row as Record<string, unknown>)[keyPath] : undefined;
        const id = typeof key === 'string' || typeof key === 'number' ? String(key) : '';
        const parsed = schema.safeParse(row);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.') ?? '';
          return {
            table: table.name,
            position,
            id,
            problem: `${field === '' ? '' : `字段 ${field}：`}${issue?.message ?? ''}`,
          };
        }
      }
    }
  }
  return null;
}
