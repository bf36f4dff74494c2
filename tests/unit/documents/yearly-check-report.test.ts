import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildYearlyCheckReport } from '../../../renderer/src/documents/yearly-check-report';

describe('yearly check Word report', () => {
  it('is an A4 GB/T 9704 document with the ranking table, a repeating header and the 落款', async () => {
    const bytes = await buildYearlyCheckReport({
      officeName: '中共幸福社区委员会',
      year: 2026,
      date: '2026-12-31',
      weightsText: '按学时达标率（权重 40）、出勤率（权重 30）、三会一课完成率（权重 30）加权计算得分。',
      summary: ['全社区参与考核党支部 2 个。'],
      rows: [
        {
          rank: 1,
          branchName: '第一党支部',
          members: 20,
          hoursShare: '90.0%',
          averageHours: '40',
          attendanceRate: '85.0%',
          meetingRate: '100.0%',
          score: '91.50',
        },
        {
          rank: 1,
          branchName: '第二党支部',
          members: 18,
          hoursShare: '90.0%',
          averageHours: '38',
          attendanceRate: '85.0%',
          meetingRate: '100.0%',
          score: '91.50',
        },
      ],
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('2026年度党支部学习教育考核情况');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('第二党支部');
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('中共幸福社区委员会');
    expect(xml).toContain('2026年12月31日');
  });
});
