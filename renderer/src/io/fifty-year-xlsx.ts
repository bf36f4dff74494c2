import type { FiftyYearListRow } from '../documents/fifty-year-list';
import { FIFTY_YEAR_HEADERS, fiftyYearCells, fiftyYearTitle } from '../documents/fifty-year-list';
import type { SheetTable } from './table-workbook';

export function fiftyYearSheet(year: number, rows: readonly FiftyYearListRow[]): SheetTable {
  return {
    name: '颁发名单',
    title: fiftyYearTitle(year),
    columns: FIFTY_YEAR_HEADERS,
    rows: rows.map((row, index) => fiftyYearCells(row, index)),
  };
}
