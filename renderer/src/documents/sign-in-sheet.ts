import { Paragraph } from 'docx';
import {
  blankLine,
  bodyRow,
  columnWidths,
  createDocument,
  formPageNumbers,
  headerRow,
  mm,
  packDocument,
  run,
  sectionProperties,
  fixedTable,
  gap,
  titleParagraph,
} from './gbt9704';

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

function infoLine(text: string): Paragraph {
  return new Paragraph({ children: [run(text)] });
}

function blankUnderline(value: number | undefined): string {
  return value === undefined ? gap(3) : String(value);
}

import { sheetTitle } from './text-format';

export { sheetTitle };

export async function buildSignInSheet(data: SignInSheetData): Promise<Uint8Array> {
  const info: Paragraph[] = [
    titleParagraph(sheetTitle(data.title, '签到表')),
    blankLine(),
    infoLine(`会议类型：${data.typeName}${gap(2)}主持人：${data.host}${gap(2)}记录人：${data.recorder}`),
    infoLine(`时间：${data.time}`),
    infoLine(`地点：${data.place}`),
    infoLine(
      `应到：${blankUnderline(data.counts?.expected)}人${gap(2)}实到：${blankUnderline(data.counts?.present)}人${gap(2)}缺席：${blankUnderline(data.counts?.absent)}人`,
    ),
  ];
  const absentees = data.absentees ?? [];
  if (absentees.length > 0) {
    info.push(
      infoLine(
        `缺席人员及原因：${absentees.map((a) => (a.reason === '' ? a.name : `${a.name}（${a.reason}）`)).join('；')}`,
      ),
    );
  }
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
    ...Array.from({ length: Math.max(0, data.blankRows) }, (_, index) =>
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
