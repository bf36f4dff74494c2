import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../../renderer/src/documents/notice';
import {
  BODY_CHAR_SPACING,
  CHARS_PER_LINE,
  chineseDate,
  LINE_PITCH,
  mm,
  TEXT_WIDTH,
} from '../../../renderer/src/documents/gbt9704';
import { LONG_TOPIC, noticeFixture } from '../../documents/fixtures';
import { documentXml, docxPart, footersXml, plainText } from '../../documents/ooxml';

describe('党课通知', () => {
  it('is A4 with the GB/T 9704 margins in twips', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(mm(37)).toBe(2098);
  });

  it('sets 22 lines a page with a fixed 28.95 pt line pitch', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    expect(LINE_PITCH).toBe(579);
    expect(22 * LINE_PITCH).toBeLessThanOrEqual(mm(225));
    expect(23 * LINE_PITCH).toBeGreaterThan(mm(225));
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
  });

  it('prints the title in 2号方正小标宋简体 and the body in 3号仿宋_GB2312 for Chinese and Latin text alike', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    expect(xml).toMatch(
      /<w:rFonts w:ascii="方正小标宋简体" w:cs="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体"\/>(?:(?!<\/w:rPr>).)*<w:sz w:val="44"\/>(?:(?!<\/w:r>).)*关于开展2026年第一季度专题党课的通知/,
    );
    expect(xml).toContain('w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"');
    expect(xml).toContain('<w:sz w:val="32"/>');
    // Title centred; body paragraphs indented two 16 pt characters.
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toContain('w:firstLine="640"');
  });

  it('numbers the sections 一、 in 黑体 and the requirements （一） in 楷体_GB2312', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    expect(xml).toMatch(/w:eastAsia="黑体"[^]*?一、时间/);
    expect(xml).toMatch(/w:eastAsia="黑体"[^]*?五、有关要求/);
    expect(xml).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）严格遵守会议纪律。/);
    expect(plainText(xml)).toContain('（二）请提前10分钟到场签到。');
  });

  it('contains every field the office filled in, rare characters included', async () => {
    const data = noticeFixture();
    const text = plainText(documentXml(await buildNotice(data)));
    expect(text).toContain('各党支部、全体党员：');
    expect(text).toContain(data.purpose);
    for (const section of data.sections) expect(text).toContain(section.text);
    expect(text).toContain(LONG_TOPIC);
    expect(text).toContain('龚䶮');
    expect(text).toContain('联系人：王𠈌，联系电话：023-12345678');
    expect(text).toContain('中共幸福里社区委员会');
    expect(text).toContain('2026年3月2日');
  });

  it('keeps one full-width colon after 主送 however the office typed it', async () => {
    const text = plainText(documentXml(await buildNotice(noticeFixture({ addressee: '各党支部:' }))));
    expect(text).toContain('各党支部：');
    expect(text).not.toContain('各党支部:');
  });

  it('places 落款 右空二字 and the date two characters further right, without leading zeros', async () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
    const xml = documentXml(await buildNotice(noticeFixture()));
    // 中共幸福里社区委员会 is 10 characters, 2026年3月2日 is 6 (digits count half): the office ends 2 characters
    // from the right edge and starts 12 from it; the date starts 10 from it, so it ends 4 from it.
    expect(xml).toMatch(/<w:ind w:right="640"\/>(?:(?!<\/w:p>).)*中共幸福里社区委员会/);
    expect(xml).toMatch(/<w:ind w:right="1280"\/>(?:(?!<\/w:p>).)*2026年3月2日/);
  });

  it('prints page numbers "— 1 —" in 4号宋体, odd pages right and even pages left', async () => {
    const bytes = await buildNotice(noticeFixture());
    const settings = docxPart(bytes, 'word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const xml = documentXml(bytes);
    expect(xml).toMatch(/<w:footerReference w:type="default"/);
    expect(xml).toMatch(/<w:footerReference w:type="even"/);
    const footers = footersXml(bytes);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('— ');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.some((footer) => footer.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((footer) => footer.includes('<w:jc w:val="left"/>'))).toBe(true);
  });

  it('prints the red 发文机关标志 line only when asked', async () => {
    const without = documentXml(await buildNotice(noticeFixture()));
    expect(without).not.toContain('FF0000');
    const withMark = documentXml(await buildNotice(noticeFixture({ issuerMark: true })));
    expect(withMark).toMatch(/<w:color w:val="FF0000"\/>(?:(?!<\/w:r>).)*中共幸福里社区委员会/);
    expect(withMark).toContain('w:color="FF0000"');
  });

  it('sets 28 characters a line: 3号 runs tightened so 28 fit the 156 mm line and 29 do not', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    const pitch = 320 + BODY_CHAR_SPACING; // twips: a 16 pt character and its spacing
    expect(CHARS_PER_LINE * pitch).toBeLessThanOrEqual(TEXT_WIDTH);
    expect((CHARS_PER_LINE + 1) * pitch).toBeGreaterThan(TEXT_WIDTH);
    // Every 3号 run carries the spacing; the 2号 title keeps its own.
    const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g)].map((match) => match[0]);
    const body = runs.filter((r) => r.includes('<w:sz w:val="32"/>'));
    expect(body.length).toBeGreaterThan(10);
    for (const r of body) expect(r).toContain('<w:spacing w:val="-5"/>');
    const title = runs.find((r) => r.includes('关于开展2026年第一季度专题党课的通知')) ?? '';
    expect(title).not.toContain('<w:spacing w:val=');
  });

  it('keeps every heading with its next line', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]);
    for (const heading of ['一、时间', '二、地点', '三、主讲人与主题', '四、参加人员', '五、有关要求']) {
      const paragraph = paragraphs.find((p) => plainText(p) === heading) ?? '';
      expect(paragraph, heading).toContain('<w:keepNext/>');
    }
  });

  it('keeps the 落款 and date with the last line of the text (§7.3.5)', async () => {
    const xml = documentXml(await buildNotice(noticeFixture()));
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]);
    const contact = paragraphs.findIndex((p) => plainText(p).startsWith('联系人：'));
    const date = paragraphs.findIndex((p) => plainText(p) === '2026年3月2日');
    // contact line, blank line, issuer: each keeps with the next, down to the date.
    expect(date - contact).toBe(3);
    for (const p of paragraphs.slice(contact, date)) expect(p).toContain('<w:keepNext/>');
    // Only the closing and the headings keep with the next paragraph: the rest of the text flows freely.
    const purpose = paragraphs.find((p) => plainText(p).startsWith('为深入学习贯彻')) ?? '';
    expect(purpose).not.toContain('<w:keepNext/>');
  });

  it('puts the title two blank lines below the red separator', async () => {
    const xml = documentXml(await buildNotice(noticeFixture({ issuerMark: true })));
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]);
    const mark = paragraphs.findIndex((p) => p.includes('w:color="FF0000"'));
    const title = paragraphs.findIndex((p) => plainText(p) === '关于开展2026年第一季度专题党课的通知');
    expect(mark).toBe(0);
    expect(title).toBe(3);
    for (const blank of paragraphs.slice(1, 3)) {
      expect(plainText(blank)).toBe('');
      expect(blank).toContain('w:line="579" w:lineRule="exact"');
    }
  });
});
