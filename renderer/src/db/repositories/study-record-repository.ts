import type { LedgerDatabase } from '../database';
import type { Activity, Attendance } from '../../domain/entities/activity';
import type { Member } from '../../domain/entities/member';
import type { Reflection, StudyEntry } from '../../domain/entities/study-record';
import { attendanceStudyRows, entryStudyRows, studyRecordData } from '../../domain/rules/study-record-data';
import type { StudyRecordContext, StudyRecordData, StudyRecordRow } from '../../domain/rules/study-record-data';
import { getReflection } from './reflection-repository';
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
  return {
    activityOf: (id: string) => byId.get(id),
    typeNameOf: (typeId: string) => typeNames.get(typeId) ?? '',
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
  return attendanceStudyRows(attendance, lookups.activityOf, lookups.typeNameOf);
}

export async function studyRecordOf(
  db: LedgerDatabase,
  member: Member,
  year: number,
  context: StudyRecordContext,
): Promise<StudyRecordData> {
  const [attended, entries, reflection] = await Promise.all([
    studyRowsOfYear(db, member.id, year),
    studyEntryRowsOfYear(db, member.id, year),
    getReflection(db, member.id, year),
  ]);
  return studyRecordData(member, year, { attended, entries, reflection }, context);
}

/**
 * Every member's sheet of one year for a batch, read in one transaction: each member's attendance and
 * entries by their [memberId+date] range (requests pipelined, not awaited one by one), the year's
 * reflections by the year index, and each activity the batch touches once. The same rows, in the same
 * order, as `studyRecordOf` member by member.
 */
export async function studyRecordsOf(
  db: LedgerDatabase,
  members: readonly Member[],
  year: number,
  context: StudyRecordContext,
): Promise<StudyRecordData[]> {
  if (members.length === 0) return [];
  const tables = [db.attendance, db.studyEntries, db.reflections, db.activities, db.activityTypes];
  return db.transaction('r', tables, async () => {
    const [attendance, entries, reflections] = await Promise.all([
      Promise.all(members.map((member) => attendanceOfYear(db, member.id, year))),
      Promise.all(
        members.map((member) => {
          const [from, to] = yearRange(member.id, year);
          return db.studyEntries.where('[memberId+date]').between(from, to, true, true).toArray();
        }),
      ),
      db.reflections.where('year').equals(year).toArray(),
    ]);
    const lookups = await activityLookups(
      db,
      attendance.flatMap((rows) => rows.map((row) => row.activityId)),
    );
    const reflectionOf = new Map<string, Reflection>();
    for (const reflection of reflections) {
      if (reflection.deletedAt === undefined && !reflectionOf.has(reflection.memberId)) {
        reflectionOf.set(reflection.memberId, reflection);
      }
    }
    return members.map((member, index) =>
      studyRecordData(
        member,
        year,
        {
          attended: attendanceStudyRows(attendance[index] ?? [], lookups.activityOf, lookups.typeNameOf),
          entries: entryStudyRows(entries[index] ?? ([] as StudyEntry[])),
          reflection: reflectionOf.get(member.id),
        },
        context,
      ),
    );
  });
}
