import { Paragraph } from 'docx';
import type { Table } from 'docx';
import type { ISectionOptions } from 'docx';
import { HeightRule, LineRuleType, TableRow } from 'docx';
import {
  blankLine,
  bodyRow,
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

import type { StudyRecordData } from '../domain/rules/study-record-data';
import type { StudyRecordSheet } from './study-record-sheet';
import {
  NO_STUDY_ROWS_TEXT,
  REFLECTION_LABEL,
  STUDY_RECORD_COLUMNS,
  studyRecordSheet,
  studyRecordTitle,
} from './study-record-sheet';

export type { StudyRecordData, StudyRecordRow } from '../domain/rules/study-record-data';
export {
  formatHours,
  monthDay,
  NO_STUDY_ROWS_TEXT,
  STUDY_RECORD_COLUMNS,
  studyRecordSheet,
  studyRecordTitle,
  targetText,
  totalHours,
} from './study-record-sheet';
export type { StudyRecordSheet } from './study-record-sheet';

const WIDTHS = columnWidths([24, 50, 22, 13, 27, 20]);
// Proportions in millimetres of the 156 mm text block, so the 14 pt labels never wrap.
const INFO_WIDTHS = columnWidths([28, 36, 14, 22, 24, 32]);
const ROW = { value: mm(8) };

function infoTable(sheet: StudyRecordSheet): Table {
  const rows = [
    bodyRow(
      [
        { text: '姓名' },
        { text: sheet.name },
        { text: '性别' },
        { text: sheet.gender },
        { text: '出生年月' },
        { text: sheet.birthMonth },
      ],
      INFO_WIDTHS,
      ROW,
    ),
    bodyRow(
      [
        { text: '所在党支部' },
        { text: sheet.branchName },
        { text: '年度' },
        { text: sheet.yearText },
        { text: '入党时间' },
        { text: sheet.joinMonth },
      ],
      INFO_WIDTHS,
      ROW,
    ),
  ];
  return fixedTable(rows, INFO_WIDTHS);
}

function recordTable(sheet: StudyRecordSheet): Table {
  const rows: TableRow[] = [headerRow(STUDY_RECORD_COLUMNS, WIDTHS, mm(10))];
  if (sheet.rows.length === 0) {
    rows.push(bodyRow([{ text: NO_STUDY_ROWS_TEXT, columnSpan: 6 }], WIDTHS, ROW));
  }
  for (const [date, content, form, hours, organiser, note] of sheet.rows) {
    rows.push(
      bodyRow(
        [
          { text: date },
          { text: content, align: 'left' },
          { text: form },
          { text: hours },
          { text: organiser },
          { text: note, align: 'left' },
        ],
        WIDTHS,
        ROW,
      ),
    );
  }
  rows.push(
    bodyRow(
      [{ text: '合计', columnSpan: 3 }, { text: sheet.total }, { text: sheet.target, columnSpan: 2 }],
      WIDTHS,
      ROW,
    ),
  );
  return fixedTable(rows, WIDTHS);
}

/** A box the member fills in by hand, or that carries what they wrote. */
function reflectionBox(reflection: string): Table {
  const text = `${REFLECTION_LABEL}${reflection === '' ? '' : `\n${reflection}`}`;
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

/** The sheet's section; `studyRecordSection(data)` for a member's data, or a prepared sheet (the fast path's template). */
export function studyRecordSheetSection(sheet: StudyRecordSheet): ISectionOptions {
  return {
    properties: { ...sectionProperties(), page: { ...sectionProperties().page, pageNumbers: { start: 1 } } },
    footers: officialPageNumbers(),
    children: [
      titleParagraph(sheet.title),
      blankLine(),
      infoTable(sheet),
      spacer(),
      recordTable(sheet),
      spacer(),
      reflectionBox(sheet.reflection),
      spacer(),
      ...signatureLines(),
    ],
  };
}

export function studyRecordSection(data: StudyRecordData): ISectionOptions {
  return studyRecordSheetSection(studyRecordSheet(data));
}

/**
 * One member's sheet through docx's object model: the reference layout. A batch uses the fast path of
 * study-record-press.ts, which stamps this same XML from a template.
 */
export async function buildStudyRecord(data: StudyRecordData): Promise<Uint8Array> {
  const sheet = studyRecordSheet(data);
  return packDocument(createDocument(sheet.documentTitle, [studyRecordSheetSection(sheet)]));
}

/** Every member's sheet in one file: each in its own section, so each starts on a new page at "— 1 —". */
export async function buildStudyRecordBatch(records: readonly StudyRecordData[]): Promise<Uint8Array> {
  const year = records[0]?.year ?? new Date().getFullYear();
  return packDocument(createDocument(studyRecordTitle(year), records.map(studyRecordSection)));
}
