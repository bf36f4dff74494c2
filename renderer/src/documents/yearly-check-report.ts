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
 * 年度考核情况报告 in the GB/T 9704-2012 layout, built on the shared format helpers (gbt9704.ts): title in
 * 方正小标宋简体, headings 黑体, body 仿宋_GB2312 on the 22-line grid, the ranking table with its header
 * repeated on every page, 落款 and "— 1 —" page numbers.
 */
export interface YearlyCheckReportRow {
  rank: number;
  branchName: string;
  members: number;
  hoursShare: string;
  averageHours: string;
  attendanceRate: string;
  meetingRate: string;
  score: string;
}

export interface YearlyCheckReport {
  officeName: string;
  year: number;
  /** 成文日期, ISO. */
  date: string;
  weightsText: string;
  summary: string[];
  rows: YearlyCheckReportRow[];
}

export const YEARLY_CHECK_HEADERS = [
  '名次',
  '党支部',
  '党员数',
  '学时达标率',
  '人均学时',
  '出勤率',
  '三会一课完成率',
  '得分',
];

export function yearlyCheckTitle(year: number): string {
  return `${year}年度党支部学习教育考核情况`;
}

export async function buildYearlyCheckReport(report: YearlyCheckReport): Promise<Uint8Array> {
  const widths = columnWidths([2, 6, 3, 4, 3, 3, 4, 3]);
  const table = fixedTable(
    [
      headerRow(YEARLY_CHECK_HEADERS, widths, 480),
      ...report.rows.map((row) =>
        bodyRow(
          [
            String(row.rank),
            row.branchName,
            String(row.members),
            row.hoursShare,
            row.averageHours,
            row.attendanceRate,
            row.meetingRate,
            row.score,
          ].map((text) => ({ text })),
          widths,
          { value: 420 },
        ),
      ),
    ],
    widths,
  );
  const title = yearlyCheckTitle(report.year);
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: officialPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        heading1(1, '考核办法'),
        bodyParagraph(report.weightsText),
        heading1(2, '总体情况'),
        ...report.summary.map((line) => bodyParagraph(line)),
        heading1(3, '各党支部考核结果'),
        table,
        ...signatureBlock(report.officeName, report.date),
      ],
    },
  ]);
  return packDocument(document);
}
