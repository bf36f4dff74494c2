import type { IParagraphOptions, Paragraph } from 'docx';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  closingKeep,
  createDocument,
  heading1,
  heading2,
  issuerMark,
  officialPageNumbers,
  packDocument,
  run,
  sectionProperties,
  signatureBlock,
  textLines,
  titleParagraph,
} from './gbt9704';
import { contactLine, REQUIREMENTS_HEADING, withoutItemNumber } from './text-format';

export { contactLine, REQUIREMENTS_HEADING, withoutItemNumber } from './text-format';

/**
 * One numbered section of a notice: "一、时间" and its text. A section whose text is a list (an agenda: "一、传达…
 * 二、审议…") prints its lines one level down, as （一）（二）, with the office's own numbers taken off; a list of
 * one line is plain text.
 */
export interface NoticeSection {
  heading: string;
  text: string;
  list?: boolean;
}

/**
 * A notice as the office has checked it (DOMAIN.md "党课通知"): every text is final, the builder only
 * lays it out. Used for 党课通知 and for 会议通知 of the other activity types.
 */
export interface NoticeData {
  title: string;
  /** 主送, e.g. "各党支部、全体党员" (the colon is added). */
  addressee: string;
  purpose: string;
  /** 一、时间 二、地点 三、主讲人与主题 四、参加人员 …; 有关要求 follows as the last numbered section. */
  sections: NoticeSection[];
  /** 有关要求, each item printed as （一）（二）… */
  requirements: string[];
  contactPerson: string;
  contactPhone: string;
  /** 落款: the issuing body. */
  issuer: string;
  /** 成文日期, 'YYYY-MM-DD'. */
  date: string;
  /** Print the red 发文机关标志 line above the title. */
  issuerMark: boolean;
}

export type PartyLessonNoticeData = NoticeData;
export type MeetingNoticeData = NoticeData;

type Block = (options: Partial<IParagraphOptions>) => Paragraph;

export function noticeParagraphs(data: NoticeData): Paragraph[] {
  const head: Paragraph[] = [];
  if (data.issuerMark && data.issuer.trim() !== '') head.push(...issuerMark(data.issuer.trim()));
  head.push(titleParagraph(data.title.trim()), blankLine());
  if (data.addressee.trim() !== '') head.push(addresseeParagraph(data.addressee));
  // The text is built as blocks so its last paragraph can be told to keep with the 落款 (§7.3.5).
  const blocks: Block[] = textLines(data.purpose).map((line) => (options) => bodyParagraph(line, options));
  let index = 0;
  const numbered = (heading: string) => {
    index += 1;
    const number = index;
    blocks.push((options) => heading1(number, heading, options));
  };
  for (const section of data.sections) {
    if (section.text.trim() === '' && section.heading.trim() === '') continue;
    numbered(section.heading.trim());
    const lines = textLines(section.text);
    if (section.list === true && lines.length > 1) {
      lines.map(withoutItemNumber).forEach((line, position) => {
        blocks.push((options) => heading2(position + 1, line, options));
      });
    } else {
      lines.forEach((line) => blocks.push((options) => bodyParagraph(line, options)));
    }
  }
  const requirements = data.requirements.map((item) => item.trim()).filter((item) => item !== '');
  if (requirements.length > 0) {
    numbered(REQUIREMENTS_HEADING);
    requirements.forEach((item, position) => blocks.push((options) => heading2(position + 1, item, options)));
  }
  const contact = contactLine(data.contactPerson, data.contactPhone);
  if (contact !== '') blocks.push((options) => bodyParagraph([run(contact)], options));
  const text = blocks.map((block, position) => block(position === blocks.length - 1 ? closingKeep : {}));
  return [...head, ...text, ...signatureBlock(data.issuer.trim(), data.date)];
}

export async function buildNotice(data: NoticeData): Promise<Uint8Array> {
  const document = createDocument(data.title, [
    { properties: sectionProperties(), footers: officialPageNumbers(), children: noticeParagraphs(data) },
  ]);
  return packDocument(document);
}
