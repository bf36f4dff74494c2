import { InflateLimitError } from '../backup/bounded-inflate';
import type { CellValue, Worksheet } from 'exceljs';
import { loadExcelJS } from '../load-exceljs';
import type { SheetCell } from './columns';
import { decodeCsv, parseCsv } from './csv';
import { readXlsxSheets } from './xlsx-sheets';
import { createTimeSlicer } from '../../lib/time-slicer';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A file the import refuses, with the Chinese reason shown to the user; nothing is written. */
export class ImportFileError extends Error {}

export interface SheetData {
  name: string;
  rows: SheetCell[][];
}

function primitive(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || typeof result === 'object'
      ? result instanceof Date
        ? result
        : null
      : (result as SheetCell);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : '';
  }
  if ('error' in value) return null;
  return null;
}

function sheetRows(sheet: Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      // A merged cell (a branch name merged down many rows, a header merged across) reads as its master.
      cells.push(primitive(cell.isMerged ? cell.master.value : cell.value));
    }
    rows.push(cells);
  }
  return rows;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0);
}

/** The full exceljs reader: the fallback for workbooks the fast reader does not know. */
export async function readWithExcelJS(bytes: Uint8Array, fileName: string): Promise<SheetData[]> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError(`“${fileName}”不是有效的 Excel 工作簿（.xlsx），可能已损坏，或是 Word 等其他文件。`);
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

/**
 * Reads .xlsx (its sheet XML directly, exceljs as the fallback), legacy .xls (SheetJS, loaded on
 * demand) or .csv into rows of plain values; everything after this is one code path.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetData[]> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`文件“${fileName}”超过 50 MB，不能导入。请只保留党员名册所在的工作表后再试。`);
  }
  if (bytes.length === 0) throw new ImportFileError(`文件“${fileName}”是空的，没有可导入的内容。`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    const { readXls } = await import('./xls-reader');
    return readXls(bytes, fileName);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      return await readXlsxSheets(bytes, createTimeSlicer());
    } catch (error) {
      // Never handed to exceljs, which would inflate it all.
      if (error instanceof InflateLimitError) {
        throw new ImportFileError(`“${fileName}”解压后超过 1 GB，不像是正常的名册工作簿，未导入。`);
      }
      // A layout the fast reader does not know (or a damaged file): exceljs decides.
      return readWithExcelJS(bytes, fileName);
    }
  }
  if (looksBinary(bytes) || !/\.(csv|txt)$/i.test(fileName)) {
    throw new ImportFileError(`“${fileName}”不是电子表格文件：请选择 .xlsx、.xls 或 .csv 文件。`);
  }
  const rows = parseCsv(decodeCsv(bytes));
  return [{ name: fileName, rows }];
}
