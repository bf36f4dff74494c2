import { reviewGradeLabels, reviewGrades } from '../domain/entities/review';
import type { ReviewSummary } from '../domain/rules/review-summary';
import { percentText } from '../domain/rules/review-summary';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  bodyParagraphs,
  bodyRow,
  chineseDate,
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

/** 民主评议党员情况报告 (条例 art. 18) in the GB/T 9704-2012 layout of the shared helpers. */
export interface ReviewReportData {
  branchName: string;
  /** 主送: the community Party committee. */
  addressee: string;
  year: number;
  /** 成文日期, ISO. */
  date: string;
  decisionDate?: string;
  summary: ReviewSummary;
  correctionLines: string[];
  note?: string;
}

export function reviewReportTitle(branchName: string, year: number): string {
  return `${branchName}关于${year}年度民主评议党员情况的报告`;
}

export async function buildReviewReport(data: ReviewReportData): Promise<Uint8Array> {
  const { summary } = data;
  const total = summary.rows.length;
  const resultText = reviewGrades
    .map((g) => `${reviewGradeLabels[g]} ${summary.decided.counts[g]} 名（${percentText(summary.decided.shares[g])}）`)
    .join('，');
  const decided = data.decisionDate === undefined ? '支部党员大会' : `${chineseDate(data.decisionDate)}支部党员大会`;
  const widths = columnWidths([2, 5, 4, 4, 4]);
  const table = fixedTable(
    [
      headerRow(['序号', '姓名', '互评优秀票', '群众评议优秀票', '评定等次'], widths, 480),
      ...summary.rows.map((row, index) =>
        bodyRow(
          [
            String(index + 1),
            row.name,
            String(row.peer.excellent),
            String(row.public.excellent),
            row.grade === undefined ? '未评定' : reviewGradeLabels[row.grade],
          ].map((text) => ({ text })),
          widths,
          { value: 420 },
        ),
      ),
    ],
    widths,
  );
  const title = reviewReportTitle(data.branchName, data.year);
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: officialPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        addresseeParagraph(data.addressee),
        bodyParagraph(
          `按照《中国共产党党员教育管理工作条例》有关规定，我支部开展了${data.year}年度民主评议党员工作。现将有关情况报告如下。`,
        ),
        heading1(1, '基本情况'),
        bodyParagraph(
          `本支部参加评议党员 ${total} 名，收到个人总结 ${summary.summariesReceived} 份；收回党员互评测评表 ${summary.peerBallots} 份，群众评议测评表 ${summary.publicBallots} 份。`,
        ),
        heading1(2, '评议结果'),
        bodyParagraph(`经${decided}研究确定：${resultText}。`),
        table,
        heading1(3, '不合格党员处置情况'),
        ...(data.correctionLines.length === 0
          ? [bodyParagraph('本年度无评定为不合格的党员。')]
          : data.correctionLines.map((line) => bodyParagraph(line))),
        ...(data.note === undefined ? [] : [heading1(4, '其他情况'), ...bodyParagraphs(data.note)]),
        ...signatureBlock(data.branchName, data.date),
      ],
    },
  ]);
  return packDocument(document);
}
