import { Paragraph } from 'docx';
import {
  blankLine,
  bodyParagraph,
  bodyParagraphs,
  bodyRow,
  columnWidths,
  createDocument,
  heading1,
  officialPageNumbers,
  packDocument,
  run,
  sectionProperties,
  fixedTable,
  gap,
  titleParagraph,
} from './gbt9704';
import { sheetTitle } from './sign-in-sheet';

/** DOMAIN.md "会议记录": the record of one meeting of 三会一课. */
export interface MinutesData {
  title: string;
  typeName: string;
  time: string;
  place: string;
  host: string;
  recorder: string;
  /** null when attendance has not been recorded. */
  expected: number | null;
  present: number | null;
  absentees: { name: string; reason: string }[];
  /** 列席人员 */
  nonVotingAttendees: string;
  topics: string;
  speechPoints: string;
  resolutions: string;
}

const WIDTHS = columnWidths([16, 34, 16, 34]);
const NOT_RECORDED = '（未填写）';

function orBlank(text: string): string {
  return text.trim() === '' ? NOT_RECORDED : text.trim();
}

function countText(value: number | null): string {
  return value === null ? `${gap(2)}人` : `${value}人`;
}

function section(index: number, heading: string, text: string): Paragraph[] {
  const body = bodyParagraphs(text);
  return [heading1(index, heading), ...(body.length > 0 ? body : [bodyParagraph(NOT_RECORDED)])];
}

export async function buildMinutes(data: MinutesData): Promise<Uint8Array> {
  const height = { value: 600 };
  const absentees =
    data.absentees.length === 0
      ? '无'
      : data.absentees.map((a) => (a.reason.trim() === '' ? a.name : `${a.name}（${a.reason.trim()}）`)).join('；');
  const table = fixedTable(
    [
      bodyRow([{ text: '会议类型' }, { text: data.typeName }, { text: '时间' }, { text: data.time }], WIDTHS, height),
      bodyRow([{ text: '地点' }, { text: orBlank(data.place), align: 'left', columnSpan: 3 }], WIDTHS, height),
      bodyRow([{ text: '主持人' }, { text: data.host }, { text: '记录人' }, { text: data.recorder }], WIDTHS, height),
      bodyRow(
        [{ text: '应到' }, { text: countText(data.expected) }, { text: '实到' }, { text: countText(data.present) }],
        WIDTHS,
        height,
      ),
      bodyRow([{ text: '缺席人员及原因' }, { text: absentees, align: 'left', columnSpan: 3 }], WIDTHS, height),
      bodyRow(
        [
          { text: '列席人员' },
          {
            text: data.nonVotingAttendees.trim() === '' ? '无' : data.nonVotingAttendees.trim(),
            align: 'left',
            columnSpan: 3,
          },
        ],
        WIDTHS,
        height,
      ),
    ],
    WIDTHS,
  );
  const children = [
    titleParagraph(sheetTitle(data.title, '会议记录')),
    blankLine(),
    table,
    blankLine(),
    ...section(1, '议题', data.topics),
    ...section(2, '发言要点', data.speechPoints),
    ...section(3, '决议（表决结果）', data.resolutions),
    blankLine(),
    new Paragraph({ children: [run(`主持人（签字）：${gap(8)}记录人（签字）：`)] }),
  ];
  const document = createDocument(sheetTitle(data.title, '会议记录'), [
    { properties: sectionProperties(), footers: officialPageNumbers(), children },
  ]);
  return packDocument(document);
}
