import { afterAll, describe, expect, it } from 'vitest';
import { buildDuesHandUpReport, buildDuesNotice } from '../../renderer/src/documents/dues-notice';
import { cleanUp, renderDocx, squeeze } from './libreoffice';

afterAll(cleanUp);

describe('党费 documents rendered by LibreOffice', () => {
  it('the 收缴公示 is an A4 page with the title, each member, 缴至 and the total', async () => {
    const lines = [
      { name: '张三', paidThrough: '2026年10月', amountFen: 13500 },
      { name: '李四', paidThrough: '2026年12月', amountFen: 7500 },
      { name: '王五', paidThrough: '—', amountFen: 0 },
    ];
    const pdf = renderDocx(
      await buildDuesNotice({ branchName: '第一党支部', periodLabel: '2026年第四季度', date: '2026-11-30', lines }),
      'dues-notice',
    );
    expect(pdf.pageSize).toContain('A4');
    expect(pdf.pages).toBe(1);
    const text = squeeze(pdf.text);
    expect(text).toContain('第一党支部2026年第四季度党费收缴情况公示');
    expect(text).toContain('张三2026年10月135.00');
    expect(text).toContain('合计210.00');
    expect(text).toContain('2026年11月30日');
  });

  it('the 上缴汇总 lists each branch with what it handed up and when', async () => {
    const branch = (name: string, regularFen: number, handedUpFen: number) => ({
      branchName: name,
      members: 10,
      regularFen,
      voluntaryFen: 100_000,
      wholeFen: 100_000,
      handUps: [
        {
          id: 'h',
          createdAt: '',
          updatedAt: '',
          branchId: 'b',
          year: 2026,
          fromMonth: '2026-01',
          toMonth: '2026-06',
          amountFen: handedUpFen,
          date: '2026-07-05',
        },
      ],
      handedUpFen,
    });
    const pdf = renderDocx(
      await buildDuesHandUpReport({
        officeName: '中共幸福社区委员会',
        year: 2026,
        date: '2026-12-31',
        branches: [branch('第一党支部', 360_000, 200_000), branch('第二党支部', 120_000, 60_000)],
      }),
      'dues-hand-up',
    );
    expect(pdf.pageSize).toContain('A4');
    const text = squeeze(pdf.text);
    expect(text).toContain('2026年度党费收缴上缴汇总');
    expect(text).toContain('第二党支部');
    expect(text).toContain('第二党支部1,200.001,000.00600.007月5日');
    expect(text).toContain('合计4,800.002,000.002,600.00');
    expect(text).toContain('全额上缴2,000.00元');
  });
});
