import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StudyRecordData } from '../../../renderer/src/domain/rules/study-record-data';
import { buildStudyRecord, buildStudyRecordBatch } from '../../../renderer/src/documents/study-record';
import type { StudyRecordPress } from '../../../renderer/src/documents/study-record-press';
import { createStudyRecordPress, escapeXmlText } from '../../../renderer/src/documents/study-record-press';
import { crc32 } from '../../../renderer/src/documents/zip-writer';
import { studyRecordFixture } from '../../documents/fixtures';
import { documentXml, docxPart, footersXml, plainText } from '../../documents/ooxml';

/** Sheets that exercise every path of the template: rows, no rows, multi-line and hostile text, blanks. */
const variants: StudyRecordData[] = [
  studyRecordFixture(),
  studyRecordFixture({ rows: [] }),
  studyRecordFixture({ reflection: '  第一段体会\n\n第三段：<学习> & "实践" \'知行\'\u0001\t（完） ' }),
  studyRecordFixture({ name: 'A&B\r\nC', gender: undefined, birthDate: undefined, joinDate: undefined }),
  studyRecordFixture({
    year: 2025,
    branchName: '第二党支部<测试>',
    rows: [
      { date: '2025-12-31', content: '多行\n内容', form: '个人自学', hours: 0.5, organiser: '', note: '备注\n两行' },
      { date: '2025-01-01', content: '', form: '', hours: 80, organiser: '龚䶮', note: '' },
    ],
    targetHours: 56,
    reflection: '   ',
  }),
];

const withoutFooterReferences = (xml: string) => xml.replace(/<w:footerReference [^>]*\/>/g, '');

describe('the study-record press (the batch’s fast path)', () => {
  let press: StudyRecordPress;
  beforeAll(async () => {
    press = await createStudyRecordPress();
  });

  it('writes word/document.xml byte for byte as the docx builder does, for every kind of sheet', async () => {
    for (const data of variants) {
      expect(documentXml(press.single(data))).toBe(documentXml(await buildStudyRecord(data)));
    }
  });

  it('keeps docx’s other parts: styles, settings, fonts, numbering, content types, both page-number footers', async () => {
    const fast = press.single(variants[0] as StudyRecordData);
    const reference = await buildStudyRecord(variants[0] as StudyRecordData);
    const names = Object.keys(unzipSync(reference)).sort();
    expect(Object.keys(unzipSync(fast)).sort()).toEqual(names);
    for (const part of names.filter((name) => name !== 'docProps/core.xml')) {
      expect(docxPart(fast, part), part).toBe(docxPart(reference, part));
    }
    expect(footersXml(fast).join('')).toContain('w:eastAsia="宋体"');
    expect(docxPart(fast, 'docProps/core.xml')).toContain('<dc:title>王𠈌2026年度党员学习记录表</dc:title>');
  });

  it('is A4 with the GB/T 9704 margins, a repeating header row, rows that never split and page numbers from 1', () => {
    const xml = documentXml(press.single(variants[0] as StudyRecordData));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/<w:tblHeader\/>[^]*?日期[^]*?学习内容/);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:pgNumType w:start="1"/>');
    expect(plainText(xml)).toContain('合计7.5年度目标32学时，尚差24.5学时');
  });

  it('escapes text as docx does and drops characters XML cannot hold', () => {
    expect(escapeXmlText('a<b>&"c\'\u0001\t')).toBe('a&lt;b&gt;&amp;&quot;c&apos;\t');
    const xml = documentXml(press.single(variants[2] as StudyRecordData));
    expect(xml).toContain('第三段：&lt;学习&gt; &amp; &quot;实践&quot; &apos;知行&apos;');
  });

  it('combines sheets as the docx batch does, each a section from page 1, later ones inheriting the footers', async () => {
    const combined = press.combined(2026);
    for (const data of variants) combined.add(data);
    const bytes = combined.finish();
    const xml = documentXml(bytes);
    const reference = documentXml(await buildStudyRecordBatch(variants));
    expect(withoutFooterReferences(xml)).toBe(withoutFooterReferences(reference));
    expect((xml.match(/<w:sectPr>/g) ?? []).length).toBe(variants.length);
    expect((xml.match(/<w:pgNumType w:start="1"\/>/g) ?? []).length).toBe(variants.length);
    // Word's "same as previous": only the first section names the footers; the file has just the two.
    expect((xml.match(/<w:footerReference /g) ?? []).length).toBe(2);
    expect(footersXml(bytes)).toHaveLength(2);
    expect(docxPart(bytes, 'docProps/core.xml')).toContain('<dc:title>2026年度党员学习记录表</dc:title>');
  });

  it('makes one sheet alone into a combined file with its footers', () => {
    const combined = press.combined(2026);
    combined.add(variants[1] as StudyRecordData);
    const xml = documentXml(combined.finish());
    expect((xml.match(/<w:footerReference /g) ?? []).length).toBe(2);
    expect(plainText(xml)).toContain('本年度暂无学习记录');
  });

  it('writes zips whose entries carry the right CRC and sizes', () => {
    const bytes = press.single(variants[0] as StudyRecordData);
    const files = unzipSync(bytes);
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toContain('王𠈌');
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
