import type { StudyRecordData } from '../domain/rules/study-record-data';
import { chineseDate, chineseMonth } from './text-format';

/**
 * What the 党员学习记录表 prints, as text, without docx: the Word builder, its fast batch path and the
 * print preview all lay out these same strings, so the three never disagree.
 */

export const STUDY_RECORD_COLUMNS = ['日期', '学习内容', '形式', '学时', '主讲人/组织者', '备注'] as const;
export const NO_STUDY_ROWS_TEXT = '本年度暂无学习记录';
export const REFLECTION_LABEL = '学习体会（效果）：';

/** 1.5 → "1.5", 4 → "4": hours are whole or halves in practice; never print float noise. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export function totalHours(rows: readonly { hours: number }[]): number {
  return Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 10) / 10;
}

export function targetText(total: number, target: number): string {
  const missing = Math.round((target - total) * 10) / 10;
  return missing > 0
    ? `年度目标${formatHours(target)}学时，尚差${formatHours(missing)}学时`
    : `年度目标${formatHours(target)}学时，已完成`;
}

/**
 * 条例 art. 20: with 自学 rows, the sheet shows 集中 and 自学 apart and measures the target by what the
 * setting counts; without any, the plain sentence.
 */
export function splitTargetText(
  rows: readonly { hours: number; concentrated?: boolean }[],
  target: number,
  selfStudyCounts: boolean,
): string {
  const total = totalHours(rows);
  const concentrated = totalHours(rows.filter((row) => row.concentrated !== false));
  if (concentrated === total) return targetText(total, target);
  const self = Math.round((total - concentrated) * 10) / 10;
  const split = `集中${formatHours(concentrated)}学时，自学${formatHours(self)}学时；`;
  return split + targetText(selfStudyCounts ? total : concentrated, target);
}

/** The year is in the header; rows show "3月5日" so the date column stays narrow. */
export function monthDay(iso: string): string {
  return chineseDate(iso).replace(/^\d+年/, '');
}

export function studyRecordTitle(year: number): string {
  return `${year}年度党员学习记录表`;
}

/** One line of the record table, in column order: 日期, 学习内容, 形式, 学时, 主讲人/组织者, 备注. */
export type StudyRecordCells = readonly [string, string, string, string, string, string];

export interface StudyRecordSheet {
  title: string;
  /** The file's title (document properties): the member's name and the title. */
  documentTitle: string;
  name: string;
  gender: string;
  birthMonth: string;
  branchName: string;
  yearText: string;
  joinMonth: string;
  /** By date; empty when the member has no study that year (the sheet then says so). */
  rows: StudyRecordCells[];
  total: string;
  target: string;
  /** The member's 学习体会, trimmed; '' leaves the box to fill in by hand. */
  reflection: string;
}

export function studyRecordSheet(data: StudyRecordData): StudyRecordSheet {
  const sorted = [...data.rows].sort((a, b) => a.date.localeCompare(b.date));
  const total = totalHours(sorted);
  const title = studyRecordTitle(data.year);
  return {
    title,
    documentTitle: `${data.name}${title}`,
    name: data.name,
    gender: data.gender ?? '',
    birthMonth: data.birthDate === undefined ? '' : chineseMonth(data.birthDate),
    branchName: data.branchName,
    yearText: `${data.year}年`,
    joinMonth: data.joinDate === undefined ? '' : chineseMonth(data.joinDate),
    rows: sorted.map((row) => [
      monthDay(row.date),
      row.content,
      row.form,
      formatHours(row.hours),
      row.organiser,
      row.note ?? '',
    ]),
    total: formatHours(total),
    target: `${splitTargetText(sorted, data.targetHours, data.selfStudyCounts ?? false)}${data.reviewGrade === undefined ? '' : `；民主评议${data.reviewGrade}`}`,
    reflection: data.reflection?.trim() ?? '',
  };
}
