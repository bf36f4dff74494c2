import { describe, expect, it } from 'vitest';
import {
  buildStudyRecord,
  buildStudyRecordBatch,
  NO_STUDY_ROWS_TEXT,
  targetText,
  totalHours,
} from '../../../renderer/src/documents/study-record';
import { studyRecordFixture } from '../../documents/fixtures';
import { documentXml, plainText } from '../../documents/ooxml';

describe('党员学习记录表', () => {
  it('is A4 with GB/T 9704 margins and the member header 姓名, 所在党支部, 年度, 性别, 出生年月, 入党时间', async () => {
    const xml = documentXml(await buildStudyRecord(studyRecordFixture()));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?2026年度党员学习记录表/);
    const text = plainText(xml);
    for (const label of ['姓名', '所在党支部', '年度', '性别', '出生年月', '入党时间']) expect(text).toContain(label);
    for (const value of ['王𠈌', '第一党支部', '2026年', '男', '1958年7月', '1985年6月']) expect(text).toContain(value);
  });

  it('lists each study in date order with content, form, hours and organiser, under a repeating header', async () => {
    const xml = documentXml(await buildStudyRecord(studyRecordFixture()));
    expect(xml).toMatch(/<w:tblHeader\/>[^]*?日期[^]*?学习内容[^]*?形式[^]*?学时[^]*?主讲人\/组织者[^]*?备注/);
    expect(xml).toContain('<w:cantSplit/>');
    const text = plainText(xml);
    const january = text.indexOf('1月10日');
    const march = text.indexOf('3月5日');
    const june = text.indexOf('6月20日');
    expect(january).toBeGreaterThan(-1);
    expect(march).toBeGreaterThan(january);
    expect(june).toBeGreaterThan(march);
    expect(text).toContain('1月主题党日：学习新修订的纪律处分条例');
    expect(text).toContain('支部党员大会1.5第一党支部迟到');
    expect(text).toContain('龚䶮');
  });

  it('totals the hours against the target', async () => {
    const data = studyRecordFixture();
    expect(totalHours(data.rows)).toBe(7.5);
    const text = plainText(documentXml(await buildStudyRecord(data)));
    expect(text).toContain('合计7.5年度目标32学时，尚差24.5学时');
    expect(targetText(56, 56)).toBe('年度目标56学时，已完成');
  });

  it('has a 学习体会 box and signature lines for 本人 and 支部书记 with dates', async () => {
    const text = plainText(documentXml(await buildStudyRecord(studyRecordFixture({ reflection: '收获很大' }))));
    expect(text).toContain('学习体会（效果）：');
    expect(text).toContain('收获很大');
    expect(text).toMatch(/本人签名：\s*年\s*月\s*日/);
    expect(text).toMatch(/支部书记签名：\s*年\s*月\s*日/);
  });

  it('gives a member with no activities a correct sheet that says so, with a zero total', async () => {
    const text = plainText(documentXml(await buildStudyRecord(studyRecordFixture({ rows: [] }))));
    expect(text).toContain(NO_STUDY_ROWS_TEXT);
    expect(text).toContain('合计0年度目标32学时，尚差32学时');
    expect(text).toContain('王𠈌');
  });

  it('puts every member of a batch in one file, each starting a new section at page 1', async () => {
    const members = ['王𠈌', '龚䶮', '李四'].map((name) => studyRecordFixture({ name }));
    const xml = documentXml(await buildStudyRecordBatch(members));
    expect((xml.match(/<w:sectPr>/g) ?? []).length).toBe(3);
    expect((xml.match(/<w:pgNumType w:start="1"\/>/g) ?? []).length).toBe(3);
    const text = plainText(xml);
    for (const name of ['王𠈌', '龚䶮', '李四']) expect(text).toContain(name);
    expect(text.split('2026年度党员学习记录表')).toHaveLength(4);
  });
});
