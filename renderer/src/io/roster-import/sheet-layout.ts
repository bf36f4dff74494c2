import { branchNameIn } from '../../domain/rules/branch-names';
import { decorationKind, DECORATION_REASONS } from '../../domain/rules/roster-decoration';
import type { HeaderLayout, SheetCell } from './columns';
import { findHeaderLayout, headerOf, matchHeader } from './columns';
import type { SheetData } from './read-spreadsheet';

/** One sheet of the workbook as the preview lists it. */
export interface SheetSummary {
  name: string;
  /** Non-empty rows below the header (members and any totals or footers among them). */
  rowCount: number;
  /** False when no header row with 姓名 was found: such a sheet (填写说明, 汇总表) cannot be imported. */
  readable: boolean;
  selected: boolean;
  /** The branch the sheet's name or title names, used when it has no 所在党支部 column. */
  branchName: string | null;
}

export interface SheetLayout {
  sheet: SheetData;
  layout: HeaderLayout;
  summary: SheetSummary;
  /** The column of 姓名. */
  nameColumn: number;
  /** Header texts by column, as the errors workbook writes them (the template's names where known). */
  headerTexts: string[];
}

function text(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined || cell instanceof Date) return '';
  return String(cell).trim();
}

function rowIsEmpty(row: readonly SheetCell[]): boolean {
  return row.every((cell) => text(cell) === '' && !(cell instanceof Date));
}

/** The sheet's branch: its name ("第一党支部"), else a title row above the header ("第一党支部党员花名册"). */
function sheetBranch(sheet: SheetData, layout: HeaderLayout): string | null {
  const fromName = branchNameIn(sheet.name);
  if (fromName !== null) return fromName;
  for (const row of sheet.rows.slice(0, layout.headerRowIndex)) {
    for (const cell of row) {
      const value = text(cell);
      if (value === '' || matchHeader(value) !== null) continue;
      const found = branchNameIn(value);
      if (found !== null) return found;
    }
  }
  return null;
}

export function layoutSheets(sheets: readonly SheetData[], selected: readonly string[] | undefined): SheetLayout[] {
  return sheets.flatMap((sheet) => {
    const layout = findHeaderLayout(sheet.rows);
    if (layout === null) return [];
    const nameColumn = [...layout.columns].find(([, field]) => field === 'name')?.[0] ?? 0;
    const width = Math.max(0, ...sheet.rows.slice(0, layout.headerRowIndex + 1).map((row) => row.length));
    const header = sheet.rows[layout.headerRowIndex] ?? [];
    const headerTexts = Array.from({ length: width }, (_unused, column) => {
      const field = layout.columns.get(column);
      return field === undefined ? text(header[column]) : headerOf(field);
    });
    const rowCount = sheet.rows.slice(layout.headerRowIndex + 1).filter((row) => !rowIsEmpty(row)).length;
    const summary: SheetSummary = {
      name: sheet.name,
      rowCount,
      readable: true,
      selected: selected === undefined || selected.includes(sheet.name),
      branchName: [...layout.columns.values()].includes('branch') ? null : sheetBranch(sheet, layout),
    };
    return [{ sheet, layout, summary, nameColumn, headerTexts }];
  });
}

/** Sheets with no header, listed so the user sees why they are not offered. */
export function unreadableSheets(sheets: readonly SheetData[], readable: readonly SheetLayout[]): SheetSummary[] {
  const names = new Set(readable.map((one) => one.sheet.name));
  return sheets
    .filter((sheet) => !names.has(sheet.name))
    .map((sheet) => ({
      name: sheet.name,
      rowCount: sheet.rows.filter((row) => !rowIsEmpty(row)).length,
      readable: false,
      selected: false,
      branchName: null,
    }));
}

const HEADER_WORDS = /^(省|市|县|区|区县|县区|县市区|序号|编号)$/;

/**
 * Why a data row is not a member, or null: a header repeated on a printed page, a total, a head count,
 * a title or a 填表人 footer. Only rows whose 姓名 cell is empty, holds digits or is itself decorative are asked.
 */
export function skipReason(cells: readonly SheetCell[], nameColumn: number): string | null {
  const nameText = text(cells[nameColumn]);
  if (nameText !== '' && matchHeader(nameText) === 'name') return DECORATION_REASONS.header;
  const texts = cells.map(text).filter((value) => value !== '');
  if (nameText === '' && texts.length > 0) {
    // The second row of a two-row header (省/市/县) repeated below a page break.
    const headerish = texts.every((value) => HEADER_WORDS.test(value) || matchHeader(value) !== null);
    if (headerish && texts.length >= 2) return DECORATION_REASONS.header;
  }
  // A name never holds digits: "合计 | 4" has its count where the name would be.
  if (nameText !== '' && !/\d/.test(nameText) && decorationKind([nameText]) === null) return null;
  const kind = decorationKind(texts);
  return kind === null ? null : DECORATION_REASONS[kind];
}
