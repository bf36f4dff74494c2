import {
  blankLine,
  bodyParagraph,
  bodyRow,
  columnWidths,
  createDocument,
  fixedTable,
  headerRow,
  heading1,
  officialPageNumbers,
  packDocument,
  sectionProperties,
  signatureBlock,
  titleParagraph,
} from './gbt9704';

/**
 * 各社区党员教育情况汇总 for a street office (街道党工委), GB/T 9704-2012 body on the shared helpers: the
 * communities ranked side by side, then each community's warnings by kind.
 */
export interface StreetComparisonReport {
  officeName: string;
  year: number;
  /** 成文日期, ISO. */
  date: string;
  summary: string[];
  headers: string[];
  rows: string[][];
  warningHeaders: string[];
  warningRows: string[][];
}

export function streetComparisonTitle(year: number): string {
  return `${year}年度各社区党员教育情况汇总`;
}

function table(headers: readonly string[], rows: readonly string[][], weights: number[]) {
  const widths = columnWidths(weights);
  return fixedTable(
    [
      headerRow([...headers], widths, 480),
      ...rows.map((row) =>
        bodyRow(
          row.map((text) => ({ text })),
          widths,
          { value: 420 },
        ),
      ),
    ],
    widths,
  );
}

export async function buildStreetComparisonReport(report: StreetComparisonReport): Promise<Uint8Array> {
  const title = streetComparisonTitle(report.year);
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: officialPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        heading1(1, '总体情况'),
        ...report.summary.map((line) => bodyParagraph(line)),
        heading1(2, '各社区考核结果'),
        table(report.headers, report.rows, [2, 5, 3, 3, 4, 3, 4, 3]),
        heading1(3, '各社区预警情况'),
        table(report.warningHeaders, report.warningRows, [5, ...report.warningHeaders.slice(1).map(() => 3)]),
        ...signatureBlock(report.officeName, report.date),
      ],
    },
  ]);
  return packDocument(document);
}
