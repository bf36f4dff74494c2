import {
  AlignmentType,
  BorderStyle,
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
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatFen } from '../domain/rules/money';

/**
 * 年度党员教育培训计划 as a Word document in the GB/T 9704-2012 layout (DOMAIN.md "Documents"):
 * A4; margins 37/35/28/26 mm; title 2号 方正小标宋简体; body 3号 仿宋_GB2312 on a fixed 28 pt line
 * (22 lines a page); the table's header row repeats on every page; page numbers "— 1 —" in 4号 宋体,
 * odd pages right and even pages left.
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

const MM = 56.7;
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const HEADING_FONT = '黑体';
const BODY_SIZE = 32;
const TABLE_SIZE = 24;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

function body(
  text: string,
  options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; font?: string } = {},
) {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: LINE,
    ...(options.indent === false ? {} : { indent: { firstLine: BODY_SIZE * 20 } }),
    children: [new TextRun({ text, font: options.font ?? BODY_FONT, size: BODY_SIZE })],
  });
}

/** 2026年3月5日: Arabic numerals, full year, no leading zeros (GB/T 9704 7.3.5). */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function cell(text: string, widthTwips: number, bold = false) {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, font: bold ? HEADING_FONT : BODY_FONT, size: TABLE_SIZE })],
      }),
    ],
  });
}

const COLUMNS: { title: string; width: number }[] = [
  { title: '序号', width: 600 },
  { title: '月份', width: 700 },
  { title: '形式', width: 1100 },
  { title: '主题', width: 2700 },
  { title: '对象', width: 1300 },
  { title: '主讲人', width: 1000 },
  { title: '学时', width: 600 },
  { title: '经费（元）', width: 1040 },
];

function planTable(rows: EducationPlanRow[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column) => cell(column.title, column.width, true)),
  });
  const lines = rows.map(
    (row, index) =>
      new TableRow({
        cantSplit: true,
        children: [
          String(index + 1),
          `${row.month}月`,
          row.typeName,
          row.topic,
          row.targetGroup,
          row.lecturer,
          String(row.hours),
          formatFen(row.budgetFen),
        ].map((text, column) => cell(text, COLUMNS[column]?.width ?? 800)),
      }),
  );
  const totalHours = Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 10) / 10;
  const totalFen = rows.reduce((sum, row) => sum + row.budgetFen, 0);
  const total = new TableRow({
    cantSplit: true,
    children: ['合计', '', '', `共 ${rows.length} 项`, '', '', String(totalHours), formatFen(totalFen)].map(
      (text, column) => cell(text, COLUMNS[column]?.width ?? 800, column === 0),
    ),
  });
  return new Table({
    width: { size: COLUMNS.reduce((sum, column) => sum + column.width, 0), type: WidthType.DXA },
    columnWidths: COLUMNS.map((column) => column.width),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [header, ...lines, total],
  });
}

function pageNumberFooter(align: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: '宋体', size: 28 })],
      }),
    ],
  });
}

export function educationPlanTitle(officeName: string, year: number): string {
  return `${officeName}${year}年度党员教育培训计划`;
}

export async function buildEducationPlanDocx(plan: EducationPlanDocument): Promise<Uint8Array> {
  const totalHours = Math.round(plan.rows.reduce((sum, row) => sum + row.hours, 0) * 10) / 10;
  const totalFen = plan.rows.reduce((sum, row) => sum + row.budgetFen, 0);
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
            },
          },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
            children: [
              new TextRun({ text: educationPlanTitle(plan.officeName, plan.year), font: TITLE_FONT, size: 44 }),
            ],
          }),
          body(
            `根据《中国共产党党员教育管理工作条例》关于党员每年集中学习培训时间一般不少于32学时的要求，结合本社区党员实际，制定${plan.year}年度党员教育培训计划如下。全年共安排${plan.rows.length}项，合计${totalHours}学时，预算经费${formatFen(totalFen)}元。`,
          ),
          body('一、计划安排', { font: HEADING_FONT }),
          planTable(plan.rows),
          body('二、有关要求', { font: HEADING_FONT }),
          body('（一）各党支部要按照计划认真组织实施，做好签到和学时登记，确因工作调整需变更的，应报社区党委同意。'),
          body(
            '（二）坚持因人施教，对老年党员、文化程度较低的党员和流动党员采取送学上门、远程教育等方式，确保学习全覆盖。',
          ),
          body('（三）教育经费专款专用，据实列支，留存票据备查。'),
          new Paragraph({ spacing: LINE, children: [] }),
          body(plan.officeName, { indent: false, align: AlignmentType.RIGHT }),
          body(chineseDate(plan.date), { indent: false, align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
