import { Paragraph } from 'docx';
import {
  blankLine,
  bodyParagraph,
  bodyRow,
  columnWidths,
  createDocument,
  heading1,
  officialPageNumbers,
  packDocument,
  run,
  sectionProperties,
  fixedTable,
  titleParagraph,
} from './gbt9704';
import type { MinutesData } from './minutes-sheet';
import { minutesSheet } from './minutes-sheet';

export type { MinutesData, MinutesSheet } from './minutes-sheet';
export { minutesSheet } from './minutes-sheet';

const WIDTHS = columnWidths([16, 34, 16, 34]);

export async function buildMinutes(data: MinutesData): Promise<Uint8Array> {
  const sheet = minutesSheet(data);
  const height = { value: 600 };
  const table = fixedTable(
    [
      bodyRow([{ text: '会议类型' }, { text: sheet.typeName }, { text: '时间' }, { text: sheet.time }], WIDTHS, height),
      bodyRow([{ text: '地点' }, { text: sheet.place, align: 'left', columnSpan: 3 }], WIDTHS, height),
      bodyRow([{ text: '主持人' }, { text: sheet.host }, { text: '记录人' }, { text: sheet.recorder }], WIDTHS, height),
      bodyRow([{ text: '应到' }, { text: sheet.expected }, { text: '实到' }, { text: sheet.present }], WIDTHS, height),
      bodyRow([{ text: '缺席人员及原因' }, { text: sheet.absentees, align: 'left', columnSpan: 3 }], WIDTHS, height),
      bodyRow([{ text: '列席人员' }, { text: sheet.nonVotingAttendees, align: 'left', columnSpan: 3 }], WIDTHS, height),
    ],
    WIDTHS,
  );
  const children = [
    titleParagraph(sheet.title),
    blankLine(),
    table,
    blankLine(),
    ...sheet.sections.flatMap((section, index) => [
      heading1(index + 1, section.heading),
      ...section.paragraphs.map((text) => bodyParagraph(text)),
    ]),
    blankLine(),
    new Paragraph({ children: [run(sheet.signatures)] }),
  ];
  const document = createDocument(sheet.title, [
    { properties: sectionProperties(), footers: officialPageNumbers(), children },
  ]);
  return packDocument(document);
}
