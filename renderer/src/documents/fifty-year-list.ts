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

/** 光荣在党50年纪念章颁发名单 (Word); the same rows go to Excel through io/fifty-year-xlsx.ts. */
export interface FiftyYearListRow {
  name: string;
  gender: string;
  birthDate: string;
  joinDate: string;
  fullMemberDate: string;
  partyYears: string;
  unit: string;
  awardedDate: string;
}

export const FIFTY_YEAR_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '出生日期',
  '入党日期',
  '转正日期',
  '党龄',
  '所在支部',
  '颁发日期',
];

export function fiftyYearTitle(year: number): string {
  return `${year}年“光荣在党50年”纪念章颁发名单`;
}

export function fiftyYearCells(row: FiftyYearListRow, index: number): string[] {
  return [
    String(index + 1),
    row.name,
    row.gender,
    row.birthDate,
    row.joinDate,
    row.fullMemberDate,
    row.partyYears,
    row.unit,
    row.awardedDate,
  ];
}

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
