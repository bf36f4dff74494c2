import type { Paragraph } from 'docx';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  bodyParagraphs,
  createDocument,
  heading1,
  heading2,
  issuerMark,
  officialPageNumbers,
  packDocument,
  run,
  sectionProperties,
  signatureBlock,
  titleParagraph,
} from './gbt9704';
import { contactLine, REQUIREMENTS_HEADING } from './text-format';

export { contactLine, REQUIREMENTS_HEADING } from './text-format';

/** One numbered section of a notice: "一、时间" and its text. */
export interface NoticeSection {
  heading: string;
  text: string;
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

export function noticeParagraphs(data: NoticeData): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (data.issuerMark && data.issuer.trim() !== '') paragraphs.push(...issuerMark(data.issuer.trim()));
  paragraphs.push(titleParagraph(data.title.trim()), blankLine());
  if (data.addressee.trim() !== '') paragraphs.push(addresseeParagraph(data.addressee));
  paragraphs.push(...bodyParagraphs(data.purpose));
  let index = 0;
  for (const section of data.sections) {
    if (section.text.trim() === '' && section.heading.trim() === '') continue;
    index += 1;
    paragraphs.push(heading1(index, section.heading.trim()), ...bodyParagraphs(section.text));
  }
  const requirements = data.requirements.map((item) => item.trim()).filter((item) => item !== '');
  if (requirements.length > 0) {
    index += 1;
    paragraphs.push(heading1(index, REQUIREMENTS_HEADING));
    requirements.forEach((item, position) => paragraphs.push(heading2(position + 1, item)));
  }
  const contact = contactLine(data.contactPerson, data.contactPhone);
  if (contact !== '') paragraphs.push(bodyParagraph([run(contact)]));
  paragraphs.push(...signatureBlock(data.issuer.trim(), data.date));
  return paragraphs;
}

export async function buildNotice(data: NoticeData): Promise<Uint8Array> {
  const document = createDocument(data.title, [
    { properties: sectionProperties(), footers: officialPageNumbers(), children: noticeParagraphs(data) },
  ]);
  return packDocument(document);
}
