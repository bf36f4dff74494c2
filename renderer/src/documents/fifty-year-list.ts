import {
  blankLine,
  bodyRow,
  columnWidths,
  createDocument,
  fixedTable,
  formPageNumbers,
  headerRow,
  packDocument,
  sectionProperties,
  signatureBlock,
  titleParagraph,
} from './gbt9704';
import type { FiftyYearListRow } from '../domain/statistics/fifty-year-table';
import { FIFTY_YEAR_HEADERS, fiftyYearCells, fiftyYearTitle } from '../domain/statistics/fifty-year-table';

/** 光荣在党50年纪念章颁发名单 (Word); the same rows go to Excel through io/fifty-year-xlsx.ts. */
export type { FiftyYearListRow };

export async function buildFiftyYearList(data: {
  year: number;
  officeName: string;
  date: string;
  rows: FiftyYearListRow[];
}): Promise<Uint8Array> {
  const widths = columnWidths([3, 5, 3, 6, 6, 6, 3, 7, 6]);
  const table = fixedTable(
    [
      headerRow(FIFTY_YEAR_HEADERS, widths, 480),
      ...data.rows.map((row, index) =>
        bodyRow(
          fiftyYearCells(row, index).map((text) => ({ text })),
          widths,
          { value: 480 },
        ),
      ),
    ],
    widths,
  );
  const title = fiftyYearTitle(data.year);
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [titleParagraph(title), blankLine(), table, ...signatureBlock(data.officeName, data.date)],
    },
  ]);
  return packDocument(document);
}
