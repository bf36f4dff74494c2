import type { LedgerDatabase } from '../database';
import { attendedStatuses } from '../../domain/entities/activity';
import type { Member } from '../../domain/entities/member';
import { studyEntrySourceLabels } from '../../domain/entities/study-record';
import type { StudyRecordData, StudyRecordRow } from '../../documents/study-record';
import { getReflection } from './reflection-repository';
import { studyEntriesOfYear } from './study-entry-repository';

/** Self-study, remote education, outside training and organisational life elsewhere (the archive). */
export async function studyEntryRowsOfYear(
  db: LedgerDatabase,
  memberId: string,
  year: number,
): Promise<StudyRecordRow[]> {
  const entries = await studyEntriesOfYear(db, memberId, year);
  return entries.map((entry) => ({
    date: entry.date,
    content: entry.content,
    form: entry.form !== undefined && entry.form !== '' ? entry.form : studyEntrySourceLabels[entry.source],
    hours: entry.hours,
    organiser: entry.organiser ?? '',
    note: entry.note ?? '',
  }));
}

/**
 * A member's study in one year, from attendance: rows of held activities the member attended
 * (present or late), each with the hours credited on the attendance row. Uses the [memberId+date]
 * index, so it reads only this member's year. (The archive adds self-study entries later.)
 */
export async function studyRowsOfYear(db: LedgerDatabase, memberId: string, year: number): Promise<StudyRecordRow[]> {
  const attendance = await db.attendance
    .where('[memberId+date]')
    .between([memberId, `${year}-01-01`], [memberId, `${year}-12-31`], true, true)
    .filter((row) => row.deletedAt === undefined && attendedStatuses.includes(row.status))
    .toArray();
  if (attendance.length === 0) return [];
  const activities = await db.activities.bulkGet(attendance.map((row) => row.activityId));
  const typeIds = [...new Set(activities.flatMap((activity) => (activity === undefined ? [] : [activity.typeId])))];
  const types = new Map(
    (await db.activityTypes.bulkGet(typeIds)).flatMap((type) => (type === undefined ? [] : [[type.id, type]])),
  );
  const rows: StudyRecordRow[] = [];
  attendance.forEach((row, index) => {
    const activity = activities[index];
    if (activity === undefined || activity.deletedAt !== undefined || activity.status !== 'held') return;
    const typeName = types.get(activity.typeId)?.name ?? '';
    rows.push({
      date: activity.date,
      content: activity.title,
      form: activity.form?.trim() !== undefined && activity.form.trim() !== '' ? activity.form.trim() : typeName,
      hours: row.hours,
      organiser: activity.lecturerName ?? activity.hostName ?? '',
      note: row.status === 'late' ? '迟到' : '',
    });
  });
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export interface StudyRecordContext {
  branchName: (branchId: string) => string;
  targetHours: (member: Member) => number;
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
  return {
    year,
    name: member.name,
    branchName: context.branchName(member.branchId),
    gender: member.gender,
    birthDate: member.birthDate,
    joinDate: member.joinDate,
    rows: [...attended, ...entries].sort((a, b) => a.date.localeCompare(b.date)),
    targetHours: context.targetHours(member),
    reflection: reflection?.text,
  };
}
