import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * 年度考核情况报告 in the GB/T 9704-2012 layout (DOMAIN.md "Documents"): A4, margins 37/35/28/26 mm,
 * title 方正小标宋简体 22 pt, body 仿宋_GB2312 16 pt at a fixed 28.95 pt line (22 lines a page),
 * headings 黑体, page numbers "— 1 —" in 宋体 14 pt, table header repeated on every page.
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
  /** 成文日期, e.g. 2026年12月31日. */
  dateText: string;
  weightsText: string;
  summary: string[];
  rows: YearlyCheckReportRow[];
}

const MM = 56.692913; // twips per millimetre
const BODY = '仿宋_GB2312';
const LINE = Math.round(28.95 * 20);

function run(text: string, options: { font?: string; size?: number } = {}): TextRun {
  const font = options.font ?? BODY;
  return new TextRun({
    text,
    font: { ascii: font, eastAsia: font, hAnsi: font },
    size: (options.size ?? 16) * 2,
  });
}

function body(text: string, indent = true): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    ...(indent ? { indent: { firstLine: 640 } } : {}),
    alignment: AlignmentType.JUSTIFIED,
  });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(text, { size: 12, ...(header ? { font: '黑体' } : {}) })],
      }),
    ],
  });
}

const HEADERS = ['名次', '党支部', '党员数', '学时达标率', '人均学时', '出勤率', '三会一课完成率', '得分'];

export async function buildYearlyCheckReport(report: YearlyCheckReport): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: HEADERS.map((h) => cell(h, true)) }),
      ...report.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              String(row.rank),
              row.branchName,
              String(row.members),
              row.hoursShare,
              row.averageHours,
              row.attendanceRate,
              row.meetingRate,
              row.score,
            ].map((text) => cell(text)),
          }),
      ),
    ],
  });
  const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          children: [
            new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              font: { ascii: '宋体', eastAsia: '宋体' },
              size: 28,
            }),
          ],
        }),
      ],
    });
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
            },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: LINE },
            children: [run(`${report.year}年度党支部学习教育考核情况`, { font: '方正小标宋简体', size: 22 })],
          }),
          new Paragraph({
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            children: [run('一、考核办法', { font: '黑体' })],
          }),
          body(report.weightsText),
          new Paragraph({
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            children: [run('二、总体情况', { font: '黑体' })],
          }),
          ...report.summary.map((line) => body(line)),
          new Paragraph({
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            children: [run('三、各党支部考核结果', { font: '黑体' })],
          }),
          table,
          new Paragraph({ spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [] }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            indent: { right: 640 },
            children: [run(report.officeName === '' ? '（单位名称）' : report.officeName)],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { line: LINE, lineRule: LineRuleType.EXACT },
            indent: { right: 640 },
            children: [run(report.dateText)],
          }),
        ],
      },
    ],
  });
  const blob = await Packer.toBlob(document);
  return new Uint8Array(await blob.arrayBuffer());
}
