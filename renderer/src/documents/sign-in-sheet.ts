import { Paragraph } from 'docx';
import {
  blankLine,
  bodyRow,
  columnWidths,
  createDocument,
  formPageNumbers,
  headerRow,
  CHARS_PER_LINE,
  LINE_PITCH,
  mm,
  packDocument,
  run,
  sectionProperties,
  fixedTable,
  gap,
  TEXT_HEIGHT,
  titleParagraph,
} from './gbt9704';
import { printedWidth } from './text-format';

export interface SignInRow {
  name: string;
  /** 党小组 or 支部 at the time of the meeting. */
  unit: string;
  note?: string;
}

/** DOMAIN.md "签到表": the header of the meeting, then one line per expected attendee. */
export interface SignInSheetData {
  /** The meeting's name, e.g. "第一党支部3月主题党日"; "签到表" is appended. */
  title: string;
  typeName: string;
  /** Printed as is, e.g. "2026年3月5日 9:00—11:00". */
  time: string;
  place: string;
  host: string;
  recorder: string;
  /** Heading of the unit column: 党小组 or 所在支部. */
  unitLabel: string;
  /** Known once attendance is recorded; a blank sheet printed before the meeting leaves them to fill in. */
  counts?: { expected: number; present: number; absent: number };
  absentees?: { name: string; reason: string }[];
  rows: SignInRow[];
  /** Empty lines at the end for walk-ins (visiting floating members, activists, residents). */
  blankRows: number;
}

/** Rows tall enough to sign by hand; large type for older members. */
export const SIGN_IN_ROW_HEIGHT = mm(10);
const WIDTHS = columnWidths([10, 18, 22, 32, 18]);

/**
 * How many of the requested blank rows to print: as many as fit on the page of the last person, never a page
 * that would hold only blank rows (a sheet a person takes for an empty page). Every line above the table takes
 * one or more 28.95 pt lines of the grid (28 characters a line); the rows are `SIGN_IN_ROW_HEIGHT` each and the
 * column header repeats on every page.
 */
export function blankRowsThatFit(
  title: string,
  infoLines: readonly string[],
  people: number,
  requested: number,
): number {
  // The 2号 title: 442 pt of 22 pt characters, 20 a line.
  const titleLines = Math.max(1, Math.ceil(printedWidth(title) / 20));
  const headLines =
    titleLines +
    1 +
    infoLines.reduce((sum, line) => sum + Math.max(1, Math.ceil(printedWidth(line) / CHARS_PER_LINE)), 0);
  const firstPage = Math.floor((TEXT_HEIGHT - headLines * LINE_PITCH) / SIGN_IN_ROW_HEIGHT) - 1;
  const otherPages = Math.floor(TEXT_HEIGHT / SIGN_IN_ROW_HEIGHT) - 1;
  if (firstPage < 1 || otherPages < 1) return 0;
  const free =
    people <= firstPage ? firstPage - people : (otherPages - ((people - firstPage) % otherPages)) % otherPages;
  return Math.max(0, Math.min(Math.floor(requested), free));
}

function infoLine(text: string): Paragraph {
  return new Paragraph({ children: [run(text)] });
}

function blankUnderline(value: number | undefined): string {
  return value === undefined ? gap(3) : String(value);
}

import { sheetTitle } from './text-format';

export { sheetTitle };

export async function buildSignInSheet(data: SignInSheetData): Promise<Uint8Array> {
  const lines = [
    `会议类型：${data.typeName}${gap(2)}主持人：${data.host}${gap(2)}记录人：${data.recorder}`,
    `时间：${data.time}`,
    `地点：${data.place}`,
    `应到：${blankUnderline(data.counts?.expected)}人${gap(2)}实到：${blankUnderline(data.counts?.present)}人${gap(2)}缺席：${blankUnderline(data.counts?.absent)}人`,
  ];
  const absentees = data.absentees ?? [];
  if (absentees.length > 0) {
    lines.push(
      `缺席人员及原因：${absentees.map((a) => (a.reason === '' ? a.name : `${a.name}（${a.reason}）`)).join('；')}`,
    );
  }
  const info: Paragraph[] = [titleParagraph(sheetTitle(data.title, '签到表')), blankLine(), ...lines.map(infoLine)];
  const blankRows = blankRowsThatFit(sheetTitle(data.title, '签到表'), lines, data.rows.length, data.blankRows);
  const height = { value: SIGN_IN_ROW_HEIGHT };
  const rows = [
    headerRow(['序号', '姓名', data.unitLabel, '签名', '备注'], WIDTHS, SIGN_IN_ROW_HEIGHT),
    ...data.rows.map((row, index) =>
      bodyRow(
        [{ text: String(index + 1) }, { text: row.name }, { text: row.unit }, { text: '' }, { text: row.note ?? '' }],
        WIDTHS,
        height,
      ),
    ),
    ...Array.from({ length: blankRows }, (_, index) =>
      bodyRow(
        [{ text: String(data.rows.length + index + 1) }, { text: '' }, { text: '' }, { text: '' }, { text: '' }],
        WIDTHS,
        height,
      ),
    ),
  ];
  const table = fixedTable(rows, WIDTHS);
  const document = createDocument(sheetTitle(data.title, '签到表'), [
    { properties: sectionProperties(), footers: formPageNumbers(), children: [...info, table] },
  ]);
  return packDocument(document);
}
