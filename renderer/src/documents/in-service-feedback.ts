import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
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

/**
 * 在职党员到社区报到服务情况反馈表: the community tells the member's employer's Party organisation what
 * he did here (DOMAIN.md "Honours, care, in-service members"; interval local — quarterly or yearly).
 */
export interface InServiceFeedbackData {
  officeName: string;
  name: string;
  phone: string;
  workUnit: string;
  workUnitPartyOrg: string;
  neighbourhood: string;
  reportDate: string;
  servicePosts: string[];
  skills: string;
  /** e.g. "2026年第一季度" */
  periodText: string;
  records: { date: string; activity: string; hours: number; confirmedBy: string }[];
  totalHours: number;
  /** Yearly total and target, for a part-year sheet; e.g. "本年度累计 30 小时，目标 50 小时". */
  yearText: string;
  /** 成文日期, ISO. */
  date: string;
}

const INFO_WIDTHS = columnWidths([3, 5, 3, 5]);
const RECORD_WIDTHS = columnWidths([3, 8, 2, 3]);

export const FEEDBACK_TITLE = '在职党员到社区报到服务情况反馈表';

function hoursText(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export async function buildInServiceFeedback(data: InServiceFeedbackData): Promise<Uint8Array> {
  const height = { value: 480 };
  const info = fixedTable(
    [
      bodyRow([{ text: '姓名' }, { text: data.name }, { text: '联系电话' }, { text: data.phone }], INFO_WIDTHS, height),
      bodyRow(
        [{ text: '工作单位' }, { text: data.workUnit }, { text: '所在党组织' }, { text: data.workUnitPartyOrg }],
        INFO_WIDTHS,
        height,
      ),
      bodyRow(
        [{ text: '居住小区/网格' }, { text: data.neighbourhood }, { text: '报到日期' }, { text: data.reportDate }],
        INFO_WIDTHS,
        height,
      ),
      bodyRow(
        [{ text: '认领岗位' }, { text: data.servicePosts.join('、'), columnSpan: 3, align: 'left' }],
        INFO_WIDTHS,
        height,
      ),
      bodyRow([{ text: '特长' }, { text: data.skills, columnSpan: 3, align: 'left' }], INFO_WIDTHS, height),
    ],
    INFO_WIDTHS,
  );
  const records = fixedTable(
    [
      headerRow(['服务日期', '服务内容', '时长（小时）', '确认人'], RECORD_WIDTHS, 480),
      ...(data.records.length === 0
        ? [bodyRow([{ text: '本期无服务记录', columnSpan: 4 }], RECORD_WIDTHS, height)]
        : data.records.map((r) =>
            bodyRow(
              [
                { text: r.date },
                { text: r.activity, align: 'left' },
                { text: hoursText(r.hours) },
                { text: r.confirmedBy },
              ],
              RECORD_WIDTHS,
              height,
            ),
          )),
    ],
    RECORD_WIDTHS,
  );
  const title = FEEDBACK_TITLE;
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        addresseeParagraph(data.workUnitPartyOrg),
        bodyParagraph(
          `贵单位党员${data.name}同志已于${data.reportDate}到我社区报到。现将其${data.periodText}参加社区服务情况反馈如下：`,
        ),
        info,
        records,
        bodyParagraph(`${data.periodText}累计服务 ${hoursText(data.totalHours)} 小时；${data.yearText}。`),
        bodyParagraph('社区党组织意见：'),
        blankLine(),
        ...signatureBlock(data.officeName, data.date),
      ],
    },
  ]);
  return packDocument(document);
}
