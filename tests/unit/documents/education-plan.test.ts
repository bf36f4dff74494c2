import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEducationPlanDocx, chineseDate } from '../../../renderer/src/documents/education-plan';
import {
  LINE_PITCH,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  mm,
} from '../../../renderer/src/documents/gbt9704';

const plan = {
  officeName: '中共幸福社区委员会',
  year: 2027,
  date: '2027-01-05',
  rows: [
    {
      month: 3,
      typeName: '党课',
      topic: '学习党章',
      targetGroup: '全体党员',
      lecturer: '王教授',
      hours: 2,
      budgetFen: 50000,
    },
    {
      month: 9,
      typeName: '实地考察',
      topic: '红色教育基地参观',
      targetGroup: '全体党员',
      lecturer: '',
      hours: 4,
      budgetFen: 300050,
    },
  ],
};

async function documentXml(): Promise<string> {
  const files = unzipSync(await buildEducationPlanDocx(plan));
  return strFromU8(files['word/document.xml'] ?? new Uint8Array());
}

describe('年度党员教育培训计划 Word document', () => {
  it('is A4 with the GB/T 9704 margins (37/35/28/26 mm in twips)', async () => {
    const xml = await documentXml();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect([MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT]).toEqual([mm(37), mm(35), mm(28), mm(26)]);
    expect(Math.abs(MARGIN_TOP - 2098)).toBeLessThanOrEqual(1);
    expect(xml).toContain(`w:top="${MARGIN_TOP}"`);
    expect(xml).toContain(`w:bottom="${MARGIN_BOTTOM}"`);
    expect(xml).toContain(`w:left="${MARGIN_LEFT}"`);
    expect(xml).toContain(`w:right="${MARGIN_RIGHT}"`);
  });

  it('has the title in 方正小标宋简体 22 pt, the body in 仿宋_GB2312 16 pt on the fixed 22-line grid', async () => {
    const xml = await documentXml();
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toMatch(/w:sz w:val="44"/);
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toMatch(/w:sz w:val="32"/);
    expect(xml).toContain(`w:line="${LINE_PITCH}" w:lineRule="exact"`);
  });

  it('lists every item in a table whose header row repeats, with totals in yuan', async () => {
    const xml = await documentXml();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('中共幸福社区委员会2027年度党员教育培训计划');
    expect(text).toContain('学习党章');
    expect(text).toContain('红色教育基地参观');
    expect(text).toContain('3,500.50');
    expect(text).toContain('2027年1月5日');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('writes dates with the full year and no leading zeros', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
  });
});
