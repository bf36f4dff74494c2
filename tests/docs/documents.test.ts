import { afterAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/src/documents/minutes';
import { buildNotice } from '../../renderer/src/documents/notice';
import { buildSignInSheet } from '../../renderer/src/documents/sign-in-sheet';
import { buildStudyRecord, buildStudyRecordBatch } from '../../renderer/src/documents/study-record';
import { createStudyRecordPress } from '../../renderer/src/documents/study-record-press';
import { LONG_TOPIC, minutesFixture, noticeFixture, signInFixture, studyRecordFixture } from '../documents/fixtures';
import { cleanUp, pdfLines, redRows, renderDocx, squeeze } from './libreoffice';

afterAll(cleanUp);

const A4 = /^595\.\d+ x 841\.\d+ pts/;

describe('documents opened in LibreOffice', () => {
  it('a 党课通知 prints on A4 with its title, sections, 落款 and date readable', async () => {
    const pdf = renderDocx(await buildNotice(noticeFixture({ issuerMark: true })), 'party-lesson-notice');
    expect(pdf.pageSize).toMatch(A4);
    const text = squeeze(pdf.text);
    for (const expected of [
      '关于开展2026年第一季度专题党课的通知',
      '各党支部、全体党员：',
      '一、时间',
      '二、地点',
      '三、主讲人与主题',
      '四、参加人员',
      '五、有关要求',
      '（一）严格遵守会议纪律。',
      squeeze(LONG_TOPIC),
      '联系人：王𠈌，联系电话：023-12345678',
      '中共幸福里社区委员会',
      '2026年3月2日',
      '—1—',
    ]) {
      expect(text).toContain(expected);
    }
    // 落款 on the last page, flush towards the right; the date starts right of the issuing body.
    const lines = pdf.pageTexts.at(-1)?.split('\n') ?? [];
    const issuerLine = lines.find((line) => squeeze(line) === '中共幸福里社区委员会') ?? '';
    const dateLine = lines.find((line) => squeeze(line) === '2026年3月2日') ?? '';
    const indent = (line: string) => line.length - line.trimStart().length;
    expect(indent(issuerLine)).toBeGreaterThan(10);
    expect(indent(dateLine)).toBeGreaterThan(indent(issuerLine));
  });

  it('22 lines fill a page: title, blank, 主送, 17 body lines, blank, date fit one page; one more spills over', async () => {
    const notice = (count: number) => ({
      ...noticeFixture(),
      purpose: Array.from({ length: count }, (_, index) => `第${index + 1}行正文。`).join('\n'),
      sections: [],
      requirements: [],
      contactPerson: '',
      contactPhone: '',
      issuer: '',
    });
    const exact = renderDocx(await buildNotice(notice(17)), 'line-count-22');
    expect(exact.pages).toBe(1);
    const over = renderDocx(await buildNotice(notice(18)), 'line-count-23');
    expect(over.pages).toBe(2);
    // The date never stands alone (§7.3.5): the last line of the text comes over with it, numbered on the
    // left as an even page.
    const second = over.pageTexts[1] ?? '';
    expect(squeeze(second)).toContain('—2—');
    expect(squeeze(second)).toContain('第18行正文。');
    expect(squeeze(second)).toContain('2026年3月2日');
    expect(squeeze(over.pageTexts[0] ?? '')).toContain('第17行正文。');
    const numberLine = second.split('\n').find((line) => squeeze(line) === '—2—') ?? '';
    expect(numberLine.length - numberLine.trimStart().length).toBeLessThan(10);
  });

  it('a line holds 28 characters of 3号仿宋 (GB/T 9704 §5.2.2)', async () => {
    const text = '党员教育管理工作条例学习'.repeat(6);
    const pdf = renderDocx(
      await buildNotice({ ...noticeFixture(), purpose: text, sections: [], requirements: [] }),
      'chars-per-line',
    );
    const lines = pdf.text.split('\n').map(squeeze);
    // The first line is indented two characters; the next holds a full 28.
    expect(lines).toContain(text.slice(0, 26));
    expect(lines).toContain(text.slice(26, 54));
    expect(lines).toContain(text.slice(54));
  });

  it('the 落款 and date never stand alone: a notice that just overflows takes its last line over, one that fits stays one page', async () => {
    // Title, blank, 主送, the text, blank, 落款, date: 22 lines hold 16 lines of text.
    const notice = (count: number) => ({
      ...noticeFixture(),
      purpose: Array.from({ length: count }, (_, index) => `第${index + 1}行：经研究，现将有关事项通知如下。`).join(
        '\n',
      ),
      sections: [],
      requirements: [],
      contactPerson: '',
      contactPhone: '',
    });
    const fits = renderDocx(await buildNotice(notice(16)), 'closing-fits');
    expect(fits.pages).toBe(1);
    expect(squeeze(fits.text)).toContain('中共幸福里社区委员会2026年3月2日');
    const over = renderDocx(await buildNotice(notice(17)), 'closing-kept');
    expect(over.pages).toBe(2);
    const second = squeeze(over.pageTexts[1] ?? '');
    expect(second).toContain('第17行：');
    expect(second).toContain('中共幸福里社区委员会');
    expect(second).toContain('2026年3月2日');
    expect(squeeze(over.pageTexts[0] ?? '')).not.toContain('2026年3月2日');
  });

  it('a heading never ends a page: "二、…" moves over with its first line', async () => {
    // Title, blank, 主送, 16 lines of text (lines 4–19), "一、时间" and its text (20, 21): "二、地点" would be
    // line 22, the page's last, with its text on the next page. It goes over with its text instead.
    const pdf = renderDocx(
      await buildNotice({
        ...noticeFixture(),
        purpose: Array.from({ length: 16 }, (_, index) => `第${index + 1}行正文。`).join('\n'),
        sections: [
          { heading: '时间', text: '2026年3月5日（星期四）上午9:00—11:00' },
          { heading: '地点', text: '社区党群服务中心三楼会议室' },
        ],
        requirements: [],
      }),
      'heading-kept',
    );
    expect(pdf.pages).toBe(2);
    const first = squeeze(pdf.pageTexts[0] ?? '');
    const second = squeeze(pdf.pageTexts[1] ?? '');
    for (const [heading, text] of [
      ['一、时间', '2026年3月5日'],
      ['二、地点', '社区党群服务中心三楼会议室'],
    ] as const) {
      const page = first.includes(heading) ? first : second;
      expect(page, heading).toContain(heading + text);
    }
  });

  it('with the red 发文机关标志, the title sits two blank lines below the red separator (§7.3.1)', async () => {
    const pdf = renderDocx(await buildNotice(noticeFixture({ issuerMark: true })), 'notice-red-header');
    const rule = Math.max(...redRows(pdf.pdfPath, 1));
    const title = pdfLines(pdf.pdfPath, 1).find((line) => line.text === '关于开展2026年第一季度专题党课的通知');
    expect(title).toBeDefined();
    // Two 28.95 pt lines of the grid between the rule and the title's line (whose type starts a little
    // below the line's top); with one blank line the gap would be under 58 pt.
    const gap = (title?.yMin ?? 0) - rule;
    expect(gap).toBeGreaterThan(2 * 28.95);
    expect(gap).toBeLessThan(3 * 28.95);
  });

  it('a 签到表 of 300 people is A4 throughout, every name readable, the header on every page, 第 N 页 共 M 页', async () => {
    const data = signInFixture(300);
    const pdf = renderDocx(await buildSignInSheet(data), 'sign-in-300');
    expect(pdf.pageSize).toMatch(A4);
    // 10 mm rows in a 225 mm text block: 22 rows a page (header included) → 21 people a page after page 1,
    // whose title, blank line and four header lines (6 × 10.2 mm) leave room for 15 people.
    const firstPage = 15;
    expect(pdf.pages).toBe(1 + Math.ceil((300 + 5 - firstPage) / 21));
    const text = squeeze(pdf.text);
    for (const row of data.rows) expect(text).toContain(row.name);
    pdf.pageTexts.forEach((page, index) => {
      const squeezed = squeeze(page);
      expect(squeezed).toContain('序号姓名党小组签名备注');
      expect(squeezed).toContain(`第${index + 1}页共${pdf.pages}页`);
    });
  });

  it('a 签到表 whose names just fill a page drops the blank rows rather than print a page of blank rows only', async () => {
    // 15 people on page 1 and 21 on page 2 fill both; 5 blank rows would have made a third page.
    const full = renderDocx(await buildSignInSheet(signInFixture(36)), 'sign-in-36');
    expect(full.pages).toBe(2);
    expect(squeeze(full.pageTexts[1] ?? '')).toContain('36党员036');
    expect(squeeze(full.text)).not.toContain('37');
    // Two places left: two blank rows, still two pages.
    const nearly = renderDocx(await buildSignInSheet(signInFixture(34)), 'sign-in-34');
    expect(nearly.pages).toBe(2);
    expect(squeeze(nearly.pageTexts[1] ?? '')).toContain('34党员034第1党小组3536');
  });

  it('a 会议记录 keeps every field and its long speech points flow across pages', async () => {
    const long = Array.from({ length: 40 }, (_, index) => `发言人${index + 1}：${LONG_TOPIC}`).join('\n');
    const pdf = renderDocx(await buildMinutes({ ...minutesFixture(), speechPoints: long }), 'minutes');
    expect(pdf.pageSize).toMatch(A4);
    expect(pdf.pages).toBeGreaterThan(2);
    const text = squeeze(pdf.text);
    for (const expected of [
      '会议记录',
      '支部党员大会',
      '龚䶮',
      '王𠈌',
      '张三（外出务工）',
      '一、议题',
      '发言人40：',
      '三、决议（表决结果）',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a 党员学习记录表 shows the rows and the right total against the target', async () => {
    const pdf = renderDocx(await buildStudyRecord(studyRecordFixture()), 'study-record');
    expect(pdf.pageSize).toMatch(A4);
    const text = squeeze(pdf.text);
    for (const expected of [
      '2026年度党员学习记录表',
      '王𠈌',
      '第一党支部',
      '1958年7月',
      '6月20日',
      '学习体会（效果）：',
      '本人签名',
      '支部书记签名',
    ]) {
      expect(text).toContain(expected);
    }
    // Cells wrap, so pdftotext interleaves them: check the total row's parts on its lines.
    const totalLines = squeeze(pdf.text.slice(pdf.text.indexOf('合计') - 200, pdf.text.indexOf('合计') + 200));
    expect(totalLines).toContain('合计7.5');
    expect(totalLines).toContain('年度目标32学时，');
    expect(totalLines).toContain('尚差24.5学时');
    // A very long topic may push the signatures over; the two signature lines then stay together.
    const last = squeeze(pdf.pageTexts.at(-1) ?? '');
    expect(last).toContain('本人签名');
    expect(last).toContain('支部书记签名');
  });

  it('a member with no study gets a sheet that says so', async () => {
    const pdf = renderDocx(await buildStudyRecord(studyRecordFixture({ rows: [] })), 'study-record-empty');
    expect(pdf.pages).toBe(1);
    expect(squeeze(pdf.text)).toContain('本年度暂无学习记录');
  });

  it('a combined batch starts every member on a new page', async () => {
    const names = ['王𠈌', '龚䶮', '张三', '李四'];
    const short = studyRecordFixture().rows.map((row) => ({ ...row, content: '主题党日学习' }));
    const pdf = renderDocx(
      await buildStudyRecordBatch(names.map((name) => studyRecordFixture({ name, rows: short }))),
      'study-record-batch',
    );
    expect(pdf.pages).toBe(names.length);
    names.forEach((name, index) => {
      const page = squeeze(pdf.pageTexts[index] ?? '');
      expect(page.startsWith('2026年度党员学习记录表姓名')).toBe(true);
      expect(page).toContain(name);
      // Each member's sheet is numbered from 1.
      expect(page).toContain('—1—');
    });
  });

  it('the year-end batch’s fast path prints as the docx builder: one sheet, and a combined file from page 1 each', async () => {
    const press = await createStudyRecordPress();
    const single = renderDocx(press.single(studyRecordFixture()), 'study-record-press');
    const reference = renderDocx(await buildStudyRecord(studyRecordFixture()), 'study-record-press-reference');
    expect(single.pageSize).toMatch(A4);
    expect(single.pages).toBe(reference.pages);
    expect(squeeze(single.text)).toBe(squeeze(reference.text));

    const names = ['王𠈌', '龚䶮', '张三', '李四'];
    const short = studyRecordFixture().rows.map((row) => ({ ...row, content: '主题党日学习' }));
    const combined = press.combined(2026);
    for (const name of names) combined.add(studyRecordFixture({ name, rows: name === '张三' ? [] : short }));
    const pdf = renderDocx(combined.finish(), 'study-record-press-batch');
    expect(pdf.pageSize).toMatch(A4);
    expect(pdf.pages).toBe(names.length);
    names.forEach((name, index) => {
      const page = squeeze(pdf.pageTexts[index] ?? '');
      expect(page.startsWith('2026年度党员学习记录表姓名')).toBe(true);
      expect(page).toContain(name);
      // Later sections inherit the first one's footers: still "— 1 —" on each member's first page.
      expect(page).toContain('—1—');
    });
    expect(squeeze(pdf.pageTexts[2] ?? '')).toContain('本年度暂无学习记录');
  });
});
