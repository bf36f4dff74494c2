import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/src/documents/minutes';
import { blankRowsThatFit, buildSignInSheet } from '../../../renderer/src/documents/sign-in-sheet';
import { minutesFixture, signInFixture } from '../../documents/fixtures';
import { documentXml, footersXml, plainText } from '../../documents/ooxml';

const A4 = '<w:pgSz w:w="11906" w:h="16838"';
const MARGINS = /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/;

describe('签到表', () => {
  it('is A4 with GB/T 9704 margins, a 方正小标宋简体 title and every header field', async () => {
    const data = signInFixture();
    const xml = documentXml(await buildSignInSheet(data));
    expect(xml).toContain(A4);
    expect(xml).toMatch(MARGINS);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?第一党支部2026年3月主题党日签到表/);
    const text = plainText(xml);
    for (const field of [data.typeName, data.time, data.place, data.host, data.recorder]) expect(text).toContain(field);
    for (const label of ['会议类型', '主持人', '记录人', '应到', '实到', '缺席']) expect(text).toContain(label);
  });

  it('lists every person with a number, name and group, then blank numbered rows for walk-ins', async () => {
    const data = signInFixture(8);
    const text = plainText(documentXml(await buildSignInSheet(data)));
    for (const row of data.rows) {
      expect(text).toContain(row.name);
      expect(text).toContain(row.unit);
    }
    expect(text).toContain('流动党员');
    expect(text).toContain('910111213');
    expect(text).not.toContain('14');
  });

  it('prints only the blank rows that fit on the page of the last person', async () => {
    // Page 1 holds 15 people under the title and four lines of header; later pages 21.
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到'], 12, 5)).toBe(3);
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到'], 15, 5)).toBe(0);
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到'], 36, 5)).toBe(0);
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到'], 34, 5)).toBe(2);
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到'], 0, 20)).toBe(15);
    // A wrapped 缺席 line (two lines of 28 characters) leaves room for one person fewer on page 1.
    const absentees = `缺席人员及原因：${'张三（外出务工）；'.repeat(5)}`;
    expect(blankRowsThatFit('签到表', ['会议类型', '时间', '地点', '应到', absentees], 12, 5)).toBe(1);
    const text = plainText(documentXml(await buildSignInSheet(signInFixture(12))));
    expect(text).toContain('12党员012第3党小组131415');
    expect(text).not.toContain('16');
  });

  it('repeats the column header on every page and never splits a row, in 仿宋 tables', async () => {
    const xml = documentXml(await buildSignInSheet(signInFixture(300)));
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
    expect(xml).toMatch(/<w:tblHeader\/>[^]*?序号[^]*?姓名[^]*?党小组[^]*?签名[^]*?备注/);
    // Header + 300 people + 5 blank rows, none of which may split across pages.
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(306);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:sz w:val="28"/>');
  });

  it('fills in the counts and the absentees with reasons once attendance is recorded', async () => {
    const data = {
      ...signInFixture(3),
      counts: { expected: 3, present: 2, absent: 1 },
      absentees: [{ name: '龚䶮', reason: '住院' }],
    };
    const text = plainText(documentXml(await buildSignInSheet(data)));
    expect(text).toContain('应到：3人');
    expect(text).toContain('实到：2人');
    expect(text).toContain('缺席：1人');
    expect(text).toContain('缺席人员及原因：龚䶮（住院）');
  });

  it('numbers its pages "第 1 页 共 N 页"', async () => {
    const footers = footersXml(await buildSignInSheet(signInFixture()));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('NUMPAGES');
      expect(plainText(footer)).toContain('第 ');
    }
  });
});

describe('会议记录', () => {
  it('is A4 with GB/T 9704 margins and carries every field of the minutes', async () => {
    const data = minutesFixture();
    const xml = documentXml(await buildMinutes(data));
    expect(xml).toContain(A4);
    expect(xml).toMatch(MARGINS);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?第一党支部2026年第一季度支部党员大会会议记录/);
    const text = plainText(xml);
    for (const field of [data.typeName, data.time, data.place, data.host, data.recorder, data.nonVotingAttendees]) {
      expect(text).toContain(field);
    }
    expect(text).toContain('28人');
    expect(text).toContain('25人');
    expect(text).toContain('张三（外出务工）；李四（住院）；赵五');
    expect(text).toContain('1.传达学习上级文件精神');
    expect(text).toContain('2.讨论发展党员事项');
    expect(text).toContain('王𠈌：结合自身工作谈了学习体会。');
    expect(text).toContain(data.resolutions);
    expect(xml).toMatch(/w:eastAsia="黑体"[^]*?一、议题[^]*?二、发言要点[^]*?三、决议（表决结果）/);
  });

  it('says what was not recorded instead of leaving a heading with nothing under it', async () => {
    const data = { ...minutesFixture(), speechPoints: '  ', expected: null, present: null, absentees: [] };
    const text = plainText(documentXml(await buildMinutes(data)));
    expect(text).toContain('二、发言要点（未填写）');
    expect(text).toContain('缺席人员及原因无');
  });
});
