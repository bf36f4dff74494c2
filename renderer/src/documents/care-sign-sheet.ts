import { Paragraph } from 'docx';
import {
  blankLine,
  bodyRow,
  columnWidths,
  createDocument,
  fixedTable,
  formPageNumbers,
  headerRow,
  mm,
  packDocument,
  run,
  sectionProperties,
  titleParagraph,
} from './gbt9704';

/** 慰问签收表: one line per person visited, signed by hand on receipt of the gifts and money. */
export interface CareSignSheetData {
  title: string;
  rows: { name: string; unit: string; gifts: string; amount: string; source: string }[];
  totalAmount: string;
}

export const CARE_SIGN_HEADERS = ['序号', '姓名', '所在支部', '慰问品', '慰问金（元）', '资金来源', '签收'] as const;
const WIDTHS = columnWidths([6, 12, 16, 20, 12, 10, 14]);
const ROW_HEIGHT = mm(11);

export async function buildCareSignSheet(data: CareSignSheetData): Promise<Uint8Array> {
  const height = { value: ROW_HEIGHT };
  const rows = [
    headerRow(CARE_SIGN_HEADERS, WIDTHS, mm(9)),
    ...data.rows.map((row, index) =>
      bodyRow(
        [String(index + 1), row.name, row.unit, row.gifts, row.amount, row.source, ''].map((text) => ({ text })),
        WIDTHS,
        height,
      ),
    ),
    bodyRow([{ text: '合计', columnSpan: 4 }, { text: data.totalAmount }, { text: '' }, { text: '' }], WIDTHS, height),
  ];
  const document = createDocument(data.title, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [
        titleParagraph(data.title),
        blankLine(),
        fixedTable(rows, WIDTHS),
        new Paragraph({ children: [run('经办人：　　　　　　　审核人：　　　　　　　日期：　　　　年　　月　　日')] }),
      ],
    },
  ]);
  return packDocument(document);
}
