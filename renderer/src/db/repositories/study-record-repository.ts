import { isConcentratedType } from '../../domain/rules/concentrated-study';
import type { LedgerDatabase } from '../database';
import type { Activity, Attendance } from '../../domain/entities/activity';
import type { Member } from '../../domain/entities/member';
import type { Reflection, StudyEntry } from '../../domain/entities/study-record';
import { attendanceStudyRows, entryStudyRows, studyRecordData } from '../../domain/rules/study-record-data';
import type { StudyRecordContext, StudyRecordData, StudyRecordRow } from '../../domain/rules/study-record-data';
import { getReflection } from './reflection-repository';
import { reviewGradesOfYear } from './review-repository';
import { studyEntriesOfYear } from './study-entry-repository';

export type { StudyRecordContext } from '../../domain/rules/study-record-data';

function yearRange(memberId: string, year: number): [[string, string], [string, string]] {
  return [
    [memberId, `${year}-01-01`],
    [memberId, `${year}-12-31`],
  ];
}

/** One member's attendance rows of one year, through the [memberId+date] index. */
function attendanceOfYear(db: LedgerDatabase, memberId: string, year: number): Promise<Attendance[]> {
  const [from, to] = yearRange(memberId, year);
  return db.attendance.where('[memberId+date]').between(from, to, true, true).toArray();
}

async function activityLookups(db: LedgerDatabase, activityIds: Iterable<string>) {
  const ids = [...new Set(activityIds)];
  const [activities, types] = await Promise.all([db.activities.bulkGet(ids), db.activityTypes.toArray()]);
  const byId = new Map<string, Activity>();
  for (const activity of activities) if (activity !== undefined) byId.set(activity.id, activity);
  const typeNames = new Map(types.map((type) => [type.id, type.name]));
  const selfTypes = new Set(types.filter((type) => !isConcentratedType(type)).map((type) => type.id));
  return {
    activityOf: (id: string) => byId.get(id),
    typeNameOf: (typeId: string) => typeNames.get(typeId) ?? '',
    concentratedOf: (typeId: string) => !selfTypes.has(typeId),
  };
}

/** Self-study, remote education, outside training and organisational life elsewhere (the archive). */
export async function studyEntryRowsOfYear(
  db: LedgerDatabase,
  memberId: string,
  year: number,
): Promise<StudyRecordRow[]> {
  return entryStudyRows(await studyEntriesOfYear(db, memberId, year));
}

/**
 * A member's study in one year, from attendance: rows of held activities the member attended
 * (present or late), each with the hours credited on the attendance row. Uses the [memberId+date]
 * index, so it reads only this member's year.
 */
export async function studyRowsOfYear(db: LedgerDatabase, memberId: string, year: number): Promise<StudyRecordRow[]> {
  const attendance = await attendanceOfYear(db, memberId, year);
  if (attendance.length === 0) return [];
  const lookups = await activityLookups(
    db,
    attendance.map((row) => row.activityId),
  );
  return attendanceStudyRows(attendance, lookups.activityOf, lookups.typeNameOf, lookups.concentratedOf);
}

export async function studyRecordOf(
  db: LedgerDatabase,
  member: Member,
  year: number,
  context: StudyRecordContext,
): Promise<StudyRecordData> {
  const [attended, entries, reflection, grades] = await Promise.all([
    studyRowsOfYear(db, member.id, year),
    studyEntryRowsOfYear(db, member.id, year),
    getReflection(db, member.id, year),
    reviewGradesOfYear(db, year),
  ]);
  return studyRecordData(member, year, { attended, entries, reflection, reviewGrade: grades.get(member.id) }, context);
}

export interface StudyRecordReader {
  /** The sheets of these members, in their order. */
  read(members: readonly Member[]): Promise<StudyRecordData[]>;
}

/**
 * Every member's sheet of one year for a batch, a chunk of members at a time: each chunk's attendance and
 * entries in one transaction, by each member's [memberId+date] range (requests pipelined, not awaited
 * one by one). What the whole batch shares is read once: the activity types, the year's reflections (by
 * the year index), and each activity the first time a member's row needs it.
 * Gives the same rows, in the same order, as `studyRecordOf` member by member.
 */
const ACTIVITY_SLICE = 100;

export function studyRecordReader(db: LedgerDatabase, year: number, context: StudyRecordContext): StudyRecordReader {
  const activities = new Map<string, Activity | undefined>();
  let shared: Promise<{
    typeNames: Map<string, string>;
    selfTypes: Set<string>;
    reflectionOf: Map<string, Reflection>;
    gradeOf: Map<string, string>;
  }> | null = null;
  const loadShared = async () => {
    const [types, reflections, gradeOf] = await Promise.all([
      db.activityTypes.toArray(),
      db.reflections.where('year').equals(year).toArray(),
      reviewGradesOfYear(db, year),
    ]);
    const reflectionOf = new Map<string, Reflection>();
    for (const reflection of reflections) {
      if (reflection.deletedAt === undefined && !reflectionOf.has(reflection.memberId)) {
        reflectionOf.set(reflection.memberId, reflection);
      }
    }
    return {
      typeNames: new Map(types.map((type) => [type.id, type.name])),
      selfTypes: new Set(types.filter((type) => !isConcentratedType(type)).map((type) => type.id)),
      reflectionOf,
      gradeOf,
    };
  };
  const tables = [db.attendance, db.studyEntries, db.reflections, db.activityTypes, db.reviewRounds];
  const fetchActivities = async (ids: Iterable<string>) => {
    const missing = [...new Set(ids)].filter((id) => !activities.has(id));
    // A few slices, each its own read: the first chunk of a batch may need most of the year's activities,
    // and decoding them all in one go would hold the window.
    for (let start = 0; start < missing.length; start += ACTIVITY_SLICE) {
      const slice = missing.slice(start, start + ACTIVITY_SLICE);
      const fetched = await db.activities.bulkGet(slice);
      slice.forEach((id, index) => activities.set(id, fetched[index]));
    }
  };
  return {
    async read(members) {
      const [attendance, entries, { typeNames, selfTypes, reflectionOf, gradeOf }] = await db.transaction(
        'r',
        tables,
        () => {
          shared ??= loadShared();
          return Promise.all([
            Promise.all(members.map((member) => attendanceOfYear(db, member.id, year))),
            Promise.all(
              members.map((member) => {
                const [from, to] = yearRange(member.id, year);
                return db.studyEntries.where('[memberId+date]').between(from, to, true, true).toArray();
              }),
            ),
            shared,
          ]);
        },
      );
      await fetchActivities(attendance.flatMap((rows) => rows.map((row) => row.activityId)));
      const activityOf = (id: string) => activities.get(id);
      const typeNameOf = (typeId: string) => typeNames.get(typeId) ?? '';
      return members.map((member, index) =>
        studyRecordData(
          member,
          year,
          {
            attended: attendanceStudyRows(attendance[index] ?? [], activityOf, typeNameOf, (id) => !selfTypes.has(id)),
            entries: entryStudyRows(entries[index] ?? ([] as StudyEntry[])),
            reflection: reflectionOf.get(member.id),
            reviewGrade: gradeOf.get(member.id),
          },
          context,
        ),
      );
    },
  };
}

/** A batch's sheets in one read (see `studyRecordReader`). */
export async function studyRecordsOf(
  db: LedgerDatabase,
  members: readonly Member[],
  year: number,
  context: StudyRecordContext,
): Promise<StudyRecordData[]> {
  if (members.length === 0) return [];
  return studyRecordReader(db, year, context).read(members);
}
