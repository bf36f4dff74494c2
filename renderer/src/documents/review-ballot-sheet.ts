import { Paragraph } from 'docx';
import {
  blankLine,
  bodyRow,
  columnWidths,
  createDocument,
  fixedTable,
  formPageNumbers,
  gap,
  headerRow,
  mm,
  packDocument,
  run,
  sectionProperties,
  titleParagraph,
} from './gbt9704';

/** 民主评议党员测评表: the branch's roster pre-filled, one box per grade, in the order typed back (1 to 4). */
export interface ReviewBallotSheetData {
  branchName: string;
  year: number;
  names: string[];
}

export const BALLOT_SHEET_HEADERS = ['序号', '姓名', '优秀', '合格', '基本合格', '不合格'] as const;
const ROW_HEIGHT = mm(9);
const WIDTHS = columnWidths([8, 20, 14, 14, 16, 14]);

export function ballotSheetTitle(branchName: string, year: number): string {
  return `${branchName}${year}年度民主评议党员测评表`;
}

function line(text: string): Paragraph {
  return new Paragraph({ children: [run(text)] });
}

export async function buildReviewBallotSheet(data: ReviewBallotSheetData): Promise<Uint8Array> {
  const title = ballotSheetTitle(data.branchName, data.year);
  const rows = [
    headerRow(BALLOT_SHEET_HEADERS, WIDTHS, ROW_HEIGHT),
    ...data.names.map((name, index) =>
      bodyRow(
        [String(index + 1), name, '□', '□', '□', '□'].map((text) => ({ text })),
        WIDTHS,
        { value: ROW_HEIGHT },
      ),
    ),
  ];
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        line(`评议类别：□ 党员互评${gap(2)}□ 群众评议`),
        line('请在每人相应等次栏内划“√”，每人只选一个等次；不填写姓名。'),
        fixedTable(rows, WIDTHS),
        blankLine(),
        line(`填表日期：${gap(3)}年${gap(1)}月${gap(1)}日`),
      ],
    },
  ]);
  return packDocument(document);
}
