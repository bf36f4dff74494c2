import type { PeriodLine } from '../domain/rules/dues-period';
import type { BranchYearSummary } from '../domain/rules/dues-period';
import { formatFen } from '../domain/rules/money';
import {
  blankLine,
  bodyParagraph,
  bodyRow,
  columnWidths,
  createDocument,
  fixedTable,
  headerRow,
  officialPageNumbers,
  packDocument,
  sectionProperties,
  signatureBlock,
  titleParagraph,
} from './gbt9704';

export interface DuesNotice {
  branchName: string;
  /** "2026年11月" or "2026年第四季度". */
  periodLabel: string;
  /** 成文日期, ISO. */
  date: string;
  lines: PeriodLine[];
}

export const DUES_NOTICE_HEADERS = ['序号', '姓名', '缴至年月', '本期缴纳（元）'];

export function duesNoticeTitle(notice: Pick<DuesNotice, 'branchName' | 'periodLabel'>): string {
  return `${notice.branchName}${notice.periodLabel}党费收缴情况公示`;
}

/** 收缴公示 for the notice board, in the GB/T 9704 body layout: the members, 缴至, amounts and the total. */
export async function buildDuesNotice(notice: DuesNotice): Promise<Uint8Array> {
  const widths = columnWidths([2, 5, 5, 5]);
  const total = notice.lines.reduce((sum, line) => sum + line.amountFen, 0);
  const title = duesNoticeTitle(notice);
  const table = fixedTable(
    [
      headerRow(DUES_NOTICE_HEADERS, widths, 480),
      ...notice.lines.map((line, i) =>
        bodyRow(
          [String(i + 1), line.name, line.paidThrough, formatFen(line.amountFen)].map((text) => ({ text })),
          widths,
          { value: 420 },
        ),
      ),
      bodyRow([{ text: '合计', columnSpan: 3 }, { text: formatFen(total) }], widths, { value: 420 }),
    ],
    widths,
  );
  const paid = notice.lines.filter((line) => line.amountFen > 0).length;
  return packDocument(
    createDocument(title, [
      {
        properties: sectionProperties(),
        footers: officialPageNumbers(),
        children: [
          titleParagraph(title),
          blankLine(),
          bodyParagraph(
            `根据《关于中国共产党党费收缴、使用和管理的规定》，现将本支部${notice.periodLabel}党费收缴情况公示如下：本期 ${String(paid)} 名党员交纳党费，合计 ${formatFen(total)} 元。如有疑问，请与支部联系。`,
          ),
          table,
          ...signatureBlock(notice.branchName, notice.date),
        ],
      },
    ]),
  );
}

export interface DuesHandUpReport {
  officeName: string;
  year: number;
  date: string;
  branches: BranchYearSummary[];
}

const WORD_HEADERS = ['党支部', '收缴党费（元）', '自愿多交（元）', '已上缴（元）', '上缴日期'];

const shortDate = (iso: string) => `${String(Number(iso.slice(5, 7)))}月${String(Number(iso.slice(8, 10)))}日`;

/** 上缴汇总 for the higher committee: each branch's dues, voluntary payments, and what was handed up when. */
export async function buildDuesHandUpReport(report: DuesHandUpReport): Promise<Uint8Array> {
  const widths = columnWidths([5, 4, 4, 4, 4]);
  const total = (pick: (b: BranchYearSummary) => number) => report.branches.reduce((s, b) => s + pick(b), 0);
  const table = fixedTable(
    [
      headerRow(WORD_HEADERS, widths, 480),
      ...report.branches.map((b) =>
        bodyRow(
          [
            b.branchName,
            formatFen(b.regularFen),
            formatFen(b.voluntaryFen),
            formatFen(b.handedUpFen),
            b.handUps.map((h) => shortDate(h.date)).join('、'),
          ].map((text) => ({ text })),
          widths,
          { value: 420 },
        ),
      ),
      bodyRow(
        [
          { text: '合计' },
          { text: formatFen(total((b) => b.regularFen)) },
          { text: formatFen(total((b) => b.voluntaryFen)) },
          { text: formatFen(total((b) => b.handedUpFen)) },
          { text: '' },
        ],
        widths,
        { value: 420 },
      ),
    ],
    widths,
  );
  const title = `${String(report.year)}年度党费收缴上缴汇总`;
  return packDocument(
    createDocument(title, [
      {
        properties: sectionProperties(),
        footers: officialPageNumbers(),
        children: [
          titleParagraph(title),
          blankLine(),
          bodyParagraph(
            `${String(report.year)}年各党支部共 ${String(total((b) => b.members))} 名党员，收缴党费 ${formatFen(total((b) => b.regularFen))} 元，自愿多交 ${formatFen(total((b) => b.voluntaryFen))} 元，其中单笔 1000 元以上按规定全额上缴 ${formatFen(total((b) => b.wholeFen))} 元。各党支部情况如下：`,
          ),
          table,
          ...signatureBlock(report.officeName, report.date),
        ],
      },
    ]),
  );
}
