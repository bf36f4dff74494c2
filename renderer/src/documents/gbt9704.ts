import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  HeightRule,
  WidthType,
  PageNumber,
} from 'docx';
import type { ISectionOptions, IParagraphOptions, ParagraphChild } from 'docx';
import { chineseDate, chineseNumeral, printedWidth } from './text-format';

export { chineseDate } from './text-format';

/**
 * The page and type of GB/T 9704-2012《党政机关公文格式》, shared by every document the office issues.
 * Word measures in twips (1/20 pt, 1440 per inch) and font sizes in half-points.
 */

const TWIPS_PER_MM = 1440 / 25.4;
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** A4 (GB/T 9704 §5.1). */
export const PAGE_WIDTH = mm(210);
export const PAGE_HEIGHT = mm(297);

/** §5.2.1: 天头 37 mm, 下白边 35 mm, 订口（左）28 mm, 右 26 mm → 版心 156 × 225 mm. */
export const MARGIN_TOP = mm(37);
export const MARGIN_BOTTOM = mm(35);
export const MARGIN_LEFT = mm(28);
export const MARGIN_RIGHT = mm(26);
/** §7.5: the page number's 一字线 sits 7 mm below the text block; the footer's own line is about 5 mm. */
export const FOOTER_DISTANCE = mm(35 - 7 - 5);

export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
export const TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

/**
 * §5.2.2: 22 lines a page. The text block is 225 mm = 12,756 twips; 12,756 / 22 = 579.8, rounded DOWN
 * to 579 twips (28.95 pt, the "固定值 28.95 磅" offices set by hand) so that 22 lines always fit
 * (22 × 579 = 12,738 ≤ 12,756) and a 23rd never does.
 */
export const LINES_PER_PAGE = 22;
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * §5.2.2: 28 characters a line. The text block is 156 mm = 8,845 twips = 442.25 pt; 3号 characters are 16 pt wide, so
 * only 27 fit (27 × 16 = 432, 28 × 16 = 448). Offices tighten them with 文档网格 (Word/WPS "指定行和字符网格":
 * `w:docGrid w:type="linesAndChars" w:charSpace="-842"`, a 15.79 pt pitch). LibreOffice does not compress characters
 * to such a grid: a 16 pt character wider than its 15.79 pt cell takes two cells (14 a line). Character spacing
 * does the same thing in every program: 紧缩 0.25 磅 (−5 twips) gives a 15.75 pt pitch, 28 × 15.75 = 441 ≤ 442.25 and
 * 29 × 15.75 = 456.75 > 442.25, so a line holds exactly 28.
 */
export const CHARS_PER_LINE = 28;
export const BODY_CHAR_SPACING = -5;

/** Font names exactly as Windows offices have them installed (DOMAIN.md "Documents"). */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  table: '仿宋_GB2312',
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZES = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 28,
  tableLarge: 32,
} as const;

/** One 3号 character (16 pt) in twips: the unit of "空二字" and first-line indents. */
export const BODY_CHAR = 320;

/** n ideographic spaces (U+3000): the blanks of forms and 空N字, as offices type them. */
export function gap(count: number): string {
  return '\u3000'.repeat(count);
}

export interface RunStyle {
  font?: string;
  size?: number;
  color?: string;
  underline?: boolean;
}

/**
 * Names the font for East Asian AND Latin text, so digits and Latin letters print in 仿宋 too instead
 * of Word's default Times New Roman (§7: 阿拉伯数字 use the body font).
 */
export function fontOf(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

export function run(text: string, style: RunStyle = {}): TextRun {
  const size = style.size ?? SIZES.body;
  return new TextRun({
    text,
    font: fontOf(style.font ?? FONTS.body),
    size,
    // 3号 text keeps the 28-character line of the grid (CHARS_PER_LINE).
    characterSpacing: size === SIZES.body ? BODY_CHAR_SPACING : undefined,
    color: style.color,
    underline: style.underline === true ? {} : undefined,
  });
}

const exactLines = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** 2号方正小标宋简体, centred (§7.3.1). */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Each title line takes one line of the 22-line grid: a 22 pt face fits a 28.95 pt line.
    spacing: exactLines,
    children: [run(text, { font: FONTS.title, size: SIZES.title })],
  });
}

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: exactLines, children: [run('')] });
}

/** Body paragraph: 3号仿宋, first line indented two characters (§7.3.3). */
export function bodyParagraph(
  children: string | ParagraphChild[],
  options: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    spacing: exactLines,
    indent: { firstLine: 2 * BODY_CHAR },
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

/** The non-empty lines of user text, trimmed. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Splits user text on line breaks into body paragraphs; empty lines are dropped. */
export function bodyParagraphs(text: string): Paragraph[] {
  return textLines(text).map((line) => bodyParagraph(line));
}

/**
 * First-level heading "一、…" in 3号黑体 (§7.3.3). It keeps with its next line: a heading never ends a page
 * with its text on the next one.
 */
export function heading1(index: number, text: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return bodyParagraph([run(`${chineseNumeral(index)}、${text}`, { font: FONTS.heading1 })], {
    keepNext: true,
    ...options,
  });
}

/**
 * Second-level item "（一）…" (§7.3.3: 楷体). Its first sentence is the heading in 楷体_GB2312; the rest of
 * the item, if any, continues in 仿宋 in the same paragraph, as offices write requirement lists.
 */
export function heading2(index: number, text: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  const label = `（${chineseNumeral(index)}）`;
  const stop = text.search(/[。；！？]/);
  const head = stop === -1 ? text : text.slice(0, stop + 1);
  const rest = stop === -1 ? '' : text.slice(stop + 1);
  const children = [run(label + head, { font: FONTS.heading2 })];
  if (rest !== '') children.push(run(rest));
  return bodyParagraph(children, options);
}

/** 主送机关: flush left, one line below the title, ending with a full-width colon (§7.3.2). */
export function addresseeParagraph(text: string): Paragraph {
  const trimmed = text.trim().replace(/[:：]+$/, '');
  return new Paragraph({ spacing: exactLines, children: [run(`${trimmed}：`)] });
}

/**
 * 落款 without a seal (§7.3.5.2): one blank line below the text, the issuing body 右空二字; the date on the
 * next line with its first character two characters right of the body's first character. When the date
 * is the longer of the two, the date keeps 右空二字 and the body moves left accordingly.
 */
/**
 * Given to the paragraph just before the 落款 so the closing never starts a page: its last line moves over with
 * the closing when they do not fit together.
 */
export const closingKeep = { keepNext: true } as const;

export function signatureBlock(issuer: string, isoDate: string): Paragraph[] {
  const date = chineseDate(isoDate);
  const issuerWidth = printedWidth(issuer);
  const dateWidth = printedWidth(date);
  let issuerRight = 2;
  let dateRight = issuerRight + issuerWidth - dateWidth - 2;
  if (dateRight < 2) {
    dateRight = 2;
    issuerRight = dateRight + dateWidth + 2 - issuerWidth;
  }
  // §7.3.5: the 落款 and 成文日期 never stand alone on a page. The text before them is built with keepNext
  // (closingKeep) and the block keeps together, so the last line of the text moves over with them.
  const keep = { keepNext: true, keepLines: true };
  const paragraphs = [new Paragraph({ spacing: exactLines, ...keep, children: [run('')] })];
  if (issuer.trim() !== '') {
    paragraphs.push(
      new Paragraph({
        spacing: exactLines,
        ...keep,
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(issuerRight * BODY_CHAR) },
        children: [run(issuer)],
      }),
    );
  }
  paragraphs.push(
    new Paragraph({
      spacing: exactLines,
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(dateRight * BODY_CHAR) },
      children: [run(date)],
    }),
  );
  return paragraphs;
}

/**
 * 发文机关标志 (§7.2.3): the office's name centred in red 小标宋, as large as fits the text block (at most
 * 小初 36 pt), with the red separator line (§7.2.6) the width of the text block below it. §7.3.1: the title sits
 * 红色分隔线下空二行, so two blank lines of the grid follow the line.
 */
export function issuerMark(officeName: string): Paragraph[] {
  const widthPoints = TEXT_WIDTH / 20;
  const fitting = Math.floor(widthPoints / Math.max(printedWidth(officeName), 1));
  const size = Math.max(22, Math.min(36, fitting));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(size * 20 * 1.3), lineRule: LineRuleType.EXACT, before: 0, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'FF0000', space: 8 } },
      children: [run(officeName, { font: FONTS.title, size: size * 2, color: 'FF0000' })],
    }),
    blankLine(),
    blankLine(),
  ];
}

function pageNumberParagraph(alignment: 'left' | 'right'): Paragraph {
  const style = { font: FONTS.pageNumber, size: SIZES.pageNumber };
  return new Paragraph({
    alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    // 单页码居右空一字，双页码居左空一字 (§7.5): one 4号 character = 280 twips.
    indent: alignment === 'right' ? { right: 280 } : { left: 280 },
    children: [
      run('— ', style),
      new TextRun({ children: [PageNumber.CURRENT], font: fontOf(FONTS.pageNumber), size: SIZES.pageNumber }),
      run(' —', style),
    ],
  });
}

/** "— 1 —" in 4号宋体: odd pages on the right (default footer), even pages on the left. */
export function officialPageNumbers(): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [pageNumberParagraph('right')] }),
    even: new Footer({ children: [pageNumberParagraph('left')] }),
  };
}

/** "第 1 页 共 N 页", centred, for forms (sign-in sheets) whose pages are counted for the file. */
export function formPageNumbers(): NonNullable<ISectionOptions['footers']> {
  const style = { font: FONTS.pageNumber, size: SIZES.pageNumber };
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            run('第 ', style),
            new TextRun({ children: [PageNumber.CURRENT], font: fontOf(FONTS.pageNumber), size: SIZES.pageNumber }),
            run(' 页 共 ', style),
            new TextRun({
              children: [PageNumber.TOTAL_PAGES],
              font: fontOf(FONTS.pageNumber),
              size: SIZES.pageNumber,
            }),
            run(' 页', style),
          ],
        }),
      ],
    });
  return { default: footer(), even: footer() };
}

export function sectionProperties(): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
      margin: {
        top: MARGIN_TOP,
        bottom: MARGIN_BOTTOM,
        left: MARGIN_LEFT,
        right: MARGIN_RIGHT,
        header: mm(15),
        footer: FOOTER_DISTANCE,
        gutter: 0,
      },
    },
    grid: { linePitch: LINE_PITCH },
  };
}

export function createDocument(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: '社区党员教育台账',
    title,
    // Odd and even pages carry their page numbers on opposite sides (§7.5).
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONTS.body), size: SIZES.body },
          paragraph: { spacing: exactLines },
        },
      },
    },
    sections,
  });
}

export async function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}

// ——— tables ———

export interface CellOptions {
  width: number;
  bold?: boolean;
  font?: string;
  size?: number;
  align?: 'left' | 'center';
  columnSpan?: number;
}

/** Table text uses single spacing: the fixed 28.95 pt body pitch would waste rows' height. */
export function tableCell(text: string, options: CellOptions): TableCell {
  const lines = text === '' ? [''] : text.split(/\r?\n/);
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [
            run(line, {
              font: options.font ?? (options.bold === true ? FONTS.heading1 : FONTS.table),
              size: options.size ?? SIZES.table,
            }),
          ],
        }),
    ),
  });
}

/** The column header row: repeats at the top of every page (tblHeader) and never splits. */
export function headerRow(labels: readonly string[], widths: readonly number[], height: number): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: height, rule: HeightRule.ATLEAST },
    children: labels.map((label, index) => tableCell(label, { width: widths[index] ?? 1000, bold: true })),
  });
}

export function bodyRow(
  cells: readonly { text: string; align?: 'left' | 'center'; columnSpan?: number }[],
  widths: readonly number[],
  height: { value: number; exact?: boolean },
): TableRow {
  let column = 0;
  return new TableRow({
    cantSplit: true,
    height: { value: height.value, rule: height.exact === true ? HeightRule.EXACT : HeightRule.ATLEAST },
    children: cells.map((cell) => {
      const span = cell.columnSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
      column += span;
      return tableCell(cell.text, { width, align: cell.align, columnSpan: cell.columnSpan });
    }),
  });
}

/** A table the width of the text block whose columns keep their widths (fixed layout: no autofit). */
export function fixedTable(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/** Splits the text block's width among columns in proportion to `weights`, summing exactly. */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
