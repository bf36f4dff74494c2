import type { Activity, Attendance } from '../entities/activity';
import { attendedStatuses } from '../entities/activity';
import type { Member } from '../entities/member';
import type { Reflection, StudyEntry } from '../entities/study-record';
import { studyEntrySourceLabels } from '../entities/study-record';
import { isConcentratedSource } from './concentrated-study';

export interface StudyRecordRow {
  /** 'YYYY-MM-DD' */
  date: string;
  content: string;
  /** 形式: 党课, 主题党日, 个人自学 … */
  form: string;
  hours: number;
  /** 主讲人/组织者 */
  organiser: string;
  note?: string;
  /** 集中学习培训 (条例 art. 20) or 自学; absent counts as 集中. */
  concentrated?: boolean;
}

/** DOMAIN.md "党员学习记录表": one member, one year (1 January – 31 December). */
export interface StudyRecordData {
  year: number;
  name: string;
  branchName: string;
  gender?: string;
  /** 'YYYY-MM-DD'; printed as 年月. */
  birthDate?: string;
  joinDate?: string;
  rows: StudyRecordRow[];
  /** 32 for members, 56 for secretaries and committee members (settings). */
  targetHours: number;
  /** 学习体会/效果, if the member wrote one; otherwise the box is left to fill in by hand. */
  reflection?: string;
  /** The year's 民主评议 grade as printed (优秀, 合格 …), when the branch has decided it (issue 20). */
  reviewGrade?: string;
  /** The archive setting 自学计入年度学时目标 (default no: only 集中 hours meet the target). */
  selfStudyCounts?: boolean;
}

export interface StudyRecordContext {
  branchName: (branchId: string) => string;
  targetHours: (member: Member) => number;
  selfStudyCounts?: boolean;
}

function byDate(a: StudyRecordRow, b: StudyRecordRow): number {
  return a.date.localeCompare(b.date);
}

/**
 * Rows of held activities the member attended (present or late), each with the hours credited on the
 * attendance row. `attendance` is one member's year in index order; unknown activities are skipped.
 */
export function attendanceStudyRows(
  attendance: readonly Attendance[],
  activityOf: (id: string) => Activity | undefined,
  typeNameOf: (typeId: string) => string,
  concentratedOf: (typeId: string) => boolean = () => true,
): StudyRecordRow[] {
  const rows: StudyRecordRow[] = [];
  for (const row of attendance) {
    if (row.deletedAt !== undefined || !attendedStatuses.includes(row.status)) continue;
    const activity = activityOf(row.activityId);
    if (activity === undefined || activity.deletedAt !== undefined || activity.status !== 'held') continue;
    const form = activity.form?.trim() ?? '';
    rows.push({
      date: activity.date,
      content: activity.title,
      form: form !== '' ? form : typeNameOf(activity.typeId),
      hours: row.hours,
      organiser: activity.lecturerName ?? activity.hostName ?? '',
      note: row.status === 'late' ? '迟到' : '',
      concentrated: concentratedOf(activity.typeId),
    });
  }
  return rows.sort(byDate);
}

/** Self-study, remote education, outside training and organisational life elsewhere (the archive). */
export function entryStudyRows(entries: readonly StudyEntry[]): StudyRecordRow[] {
  return entries
    .filter((entry) => entry.deletedAt === undefined)
    .map((entry) => ({
      date: entry.date,
      content: entry.content,
      form: entry.form !== undefined && entry.form !== '' ? entry.form : studyEntrySourceLabels[entry.source],
      hours: entry.hours,
      organiser: entry.organiser ?? '',
      note: entry.note ?? '',
      concentrated: isConcentratedSource(entry.source),
    }));
}

/** One member's sheet from what was read for them: attended activities first, then entries, by date. */
export function studyRecordData(
  member: Member,
  year: number,
  parts: {
    attended: StudyRecordRow[];
    entries: StudyRecordRow[];
    reflection: Reflection | undefined;
    reviewGrade?: string | undefined;
  },
  context: StudyRecordContext,
): StudyRecordData {
  return {
    year,
    name: member.name,
    branchName: context.branchName(member.branchId),
    gender: member.gender,
    birthDate: member.birthDate,
    joinDate: member.joinDate,
    rows: [...parts.attended, ...parts.entries].sort(byDate),
    targetHours: context.targetHours(member),
    reflection: parts.reflection?.text,
    ...(parts.reviewGrade === undefined ? {} : { reviewGrade: parts.reviewGrade }),
    ...(context.selfStudyCounts === undefined ? {} : { selfStudyCounts: context.selfStudyCounts }),
  };
}
