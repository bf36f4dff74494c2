import type { FiftyYearListRow } from '../domain/statistics/fifty-year-table';
import { FIFTY_YEAR_HEADERS, fiftyYearCells, fiftyYearTitle } from '../domain/statistics/fifty-year-table';
import type { SheetTable } from './table-workbook';

export function fiftyYearSheet(year: number, rows: readonly FiftyYearListRow[]): SheetTable {
  return {
    name: '颁发名单',
    title: fiftyYearTitle(year),
    columns: FIFTY_YEAR_HEADERS,
    rows: rows.map((row, index) => fiftyYearCells(row, index)),
  };
}
