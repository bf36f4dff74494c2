import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatFen } from '../domain/rules/money';
import {
  FONTS,
  FOOTER_DISTANCE,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  TEXT_WIDTH,
  bodyParagraph,
  heading1,
  heading2,
  officialPageNumbers,
  run,
  signatureBlock,
  titleParagraph,
} from './gbt9704';

export { chineseDate } from './gbt9704';

/**
 * 年度党员教育培训计划 as a Word document in the GB/T 9704-2012 layout, built with the shared
 * helpers of gbt9704.ts: A4; margins 37/35/28/26 mm; title 2号 方正小标宋简体; body 3号 仿宋_GB2312 on
 * the 22-line grid; the plan table's header row repeats on every page and rows never split; page
 * numbers "— 1 —" odd pages right, even pages left.
 */

export interface EducationPlanRow {
  month: number;
  typeName: string;
  topic: string;
  targetGroup: string;
  lecturer: string;
  hours: number;
  budgetFen: number;
}

export interface EducationPlanDocument {
  officeName: string;
  year: number;
  rows: EducationPlanRow[];
  /** 成文日期 'YYYY-MM-DD'. */
  date: string;
}

/** Column shares of the text width; 主题 gets the most. */
const COLUMNS: { title: string; share: number }[] = [
  { title: '序号', share: 8 },
  { title: '月份', share: 8 },
  { title: '形式', share: 13 },
  { title: '主题', share: 25 },
  { title: '对象', share: 14 },
  { title: '主讲人', share: 11 },
  { title: '学时', share: 8 },
  { title: '经费（元）', share: 13 },
];
/** 小四 (12 pt): eight columns across the 156 mm text block keep short labels on one line. */
const TABLE_SIZE = 24;
const SHARE_TOTAL = COLUMNS.reduce((sum, column) => sum + column.share, 0);
const widths = COLUMNS.map((column) => Math.floor((TEXT_WIDTH * column.share) / SHARE_TOTAL));

function cell(text: string, column: number, header = false) {
  return new TableCell({
    width: { size: widths[column] ?? 800, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: column === 3 && !header ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(text, { font: header ? FONTS.heading1 : FONTS.table, size: TABLE_SIZE })],
      }),
    ],
  });
}

function totals(rows: EducationPlanRow[]): { hours: number; fen: number } {
  return {
    hours: Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 10) / 10,
    fen: rows.reduce((sum, row) => sum + row.budgetFen, 0),
  };
}

function planTable(rows: EducationPlanRow[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const { hours, fen } = totals(rows);
  const line = (texts: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: texts.map((text, column) => cell(text, column, header)),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      line(
        COLUMNS.map((column) => column.title),
        true,
      ),
      ...rows.map((row, index) =>
        line([
          String(index + 1),
          `${row.month}月`,
          row.typeName,
          row.topic,
          row.targetGroup,
          row.lecturer,
          String(row.hours),
          formatFen(row.budgetFen),
        ]),
      ),
      line(['合计', '', '', `共 ${rows.length} 项`, '', '', String(hours), formatFen(fen)]),
    ],
  });
}

export function educationPlanTitle(officeName: string, year: number): string {
  return `${officeName}${year}年度党员教育培训计划`;
}

export async function buildEducationPlanDocx(plan: EducationPlanDocument): Promise<Uint8Array> {
  const { hours, fen } = totals(plan.rows);
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_LEFT,
              right: MARGIN_RIGHT,
              footer: FOOTER_DISTANCE,
            },
          },
        },
        footers: officialPageNumbers(),
        children: [
          titleParagraph(educationPlanTitle(plan.officeName, plan.year)),
          bodyParagraph(''),
          // 党员教育管理工作条例 (2019) art. 20: at least 32 学时 of concentrated study a year.
          bodyParagraph(
            `根据《中国共产党党员教育管理工作条例》关于党员每年集中学习培训时间一般不少于32学时的要求，结合本社区党员实际，制定${plan.year}年度党员教育培训计划如下。全年共安排${plan.rows.length}项，合计${hours}学时，预算经费${formatFen(fen)}元。`,
          ),
          heading1(1, '计划安排'),
          planTable(plan.rows),
          heading1(2, '有关要求'),
          heading2(1, '认真组织实施。各党支部要按照计划组织学习，做好签到和学时登记；确需调整的，报社区党委同意。'),
          heading2(
            2,
            '坚持因人施教。对老年党员、文化程度较低的党员和流动党员，采取送学上门、远程教育等方式，确保学习全覆盖。',
          ),
          heading2(3, '管好用好经费。教育经费专款专用，据实列支，票据留存备查。'),
          ...signatureBlock(plan.officeName, plan.date),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
