import { Paragraph } from 'docx';
import type { Table } from 'docx';
import type { ISectionOptions } from 'docx';
import { HeightRule, LineRuleType, TableRow } from 'docx';
import {
  blankLine,
  bodyRow,
  chineseDate,
  chineseMonth,
  columnWidths,
  createDocument,
  headerRow,
  mm,
  officialPageNumbers,
  packDocument,
  run,
  sectionProperties,
  tableCell,
  TEXT_WIDTH,
  fixedTable,
  gap,
  titleParagraph,
} from './gbt9704';

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
}

export const STUDY_RECORD_COLUMNS = ['日期', '学习内容', '形式', '学时', '主讲人/组织者', '备注'] as const;
export const NO_STUDY_ROWS_TEXT = '本年度暂无学习记录';
const WIDTHS = columnWidths([24, 50, 22, 13, 27, 20]);
// Proportions in millimetres of the 156 mm text block, so the 14 pt labels never wrap.
const INFO_WIDTHS = columnWidths([28, 36, 14, 22, 24, 32]);
const ROW = { value: mm(8) };

/** 1.5 → "1.5", 4 → "4": hours are whole or halves in practice; never print float noise. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export function totalHours(rows: readonly StudyRecordRow[]): number {
  return Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 10) / 10;
}

export function targetText(total: number, target: number): string {
  const missing = Math.round((target - total) * 10) / 10;
  return missing > 0
    ? `年度目标${formatHours(target)}学时，尚差${formatHours(missing)}学时`
    : `年度目标${formatHours(target)}学时，已完成`;
}

/** The year is in the header; rows show "3月5日" so the date column stays narrow. */
export function monthDay(iso: string): string {
  return chineseDate(iso).replace(/^\d+年/, '');
}

export function studyRecordTitle(year: number): string {
  return `${year}年度党员学习记录表`;
}

function infoTable(data: StudyRecordData): Table {
  const rows = [
    bodyRow(
      [
        { text: '姓名' },
        { text: data.name },
        { text: '性别' },
        { text: data.gender ?? '' },
        { text: '出生年月' },
        { text: data.birthDate === undefined ? '' : chineseMonth(data.birthDate) },
      ],
      INFO_WIDTHS,
      ROW,
    ),
    bodyRow(
      [
        { text: '所在党支部' },
        { text: data.branchName },
        { text: '年度' },
        { text: `${data.year}年` },
        { text: '入党时间' },
        { text: data.joinDate === undefined ? '' : chineseMonth(data.joinDate) },
      ],
      INFO_WIDTHS,
      ROW,
    ),
  ];
  return fixedTable(rows, INFO_WIDTHS);
}

function recordTable(data: StudyRecordData): Table {
  const sorted = [...data.rows].sort((a, b) => a.date.localeCompare(b.date));
  const total = totalHours(sorted);
  const rows: TableRow[] = [headerRow(STUDY_RECORD_COLUMNS, WIDTHS, mm(10))];
  if (sorted.length === 0) {
    rows.push(bodyRow([{ text: NO_STUDY_ROWS_TEXT, columnSpan: 6 }], WIDTHS, ROW));
  }
  for (const row of sorted) {
    rows.push(
      bodyRow(
        [
          { text: monthDay(row.date) },
          { text: row.content, align: 'left' },
          { text: row.form },
          { text: formatHours(row.hours) },
          { text: row.organiser },
          { text: row.note ?? '', align: 'left' },
        ],
        WIDTHS,
        ROW,
      ),
    );
  }
  rows.push(
    bodyRow(
      [
        { text: '合计', columnSpan: 3 },
        { text: formatHours(total) },
        { text: targetText(total, data.targetHours), columnSpan: 2 },
      ],
      WIDTHS,
      ROW,
    ),
  );
  return fixedTable(rows, WIDTHS);
}

/** A box the member fills in by hand, or that carries what they wrote. */
function reflectionBox(reflection: string | undefined): Table {
  const text = `学习体会（效果）：${reflection === undefined || reflection.trim() === '' ? '' : `\n${reflection.trim()}`}`;
  return fixedTable(
    [
      new TableRow({
        height: { value: mm(28), rule: HeightRule.ATLEAST },
        children: [tableCell(text, { width: TEXT_WIDTH, align: 'left' })],
      }),
    ],
    [TEXT_WIDTH],
  );
}

/** Half a line between the parts of the form, so a typical year fits one page. */
function spacer(): Paragraph {
  return new Paragraph({ spacing: { line: 280, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
}

function signatureLines(): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, children: [run(`本人签名：${gap(15)}年${gap(2)}月${gap(2)}日`)] }),
    new Paragraph({ children: [run(`支部书记签名：${gap(13)}年${gap(2)}月${gap(2)}日`)] }),
  ];
}

export function studyRecordSection(data: StudyRecordData): ISectionOptions {
  return {
    properties: { ...sectionProperties(), page: { ...sectionProperties().page, pageNumbers: { start: 1 } } },
    footers: officialPageNumbers(),
    children: [
      titleParagraph(studyRecordTitle(data.year)),
      blankLine(),
      infoTable(data),
      spacer(),
      recordTable(data),
      spacer(),
      reflectionBox(data.reflection),
      spacer(),
      ...signatureLines(),
    ],
  };
}

export async function buildStudyRecord(data: StudyRecordData): Promise<Uint8Array> {
  return packDocument(createDocument(`${data.name}${studyRecordTitle(data.year)}`, [studyRecordSection(data)]));
}

/** Every member's sheet in one file: each in its own section, so each starts on a new page at "— 1 —". */
export async function buildStudyRecordBatch(records: readonly StudyRecordData[]): Promise<Uint8Array> {
  const year = records[0]?.year ?? new Date().getFullYear();
  return packDocument(createDocument(studyRecordTitle(year), records.map(studyRecordSection)));
}
