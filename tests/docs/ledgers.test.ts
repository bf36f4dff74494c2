import { afterAll, describe, expect, it } from 'vitest';
import { buildInServiceFeedback } from '../../renderer/src/documents/in-service-feedback';
import { buildReviewBallotSheet } from '../../renderer/src/documents/review-ballot-sheet';
import { cleanUp, renderDocx, squeeze } from './libreoffice';

afterAll(cleanUp);

const A4 = /^595\.\d+ x 841\.\d+ pts/;

describe('ledger papers opened in LibreOffice', () => {
  it('an in-service member’s feedback sheet is one A4 page to the employer’s Party organisation', async () => {
    const pdf = renderDocx(
      await buildInServiceFeedback({
        officeName: '中共幸福社区委员会',
        name: '周明',
        phone: '13800000000',
        workUnit: '区税务局',
        workUnitPartyOrg: '中共区税务局机关委员会',
        neighbourhood: '幸福小区3网格',
        reportDate: '2026-03-01',
        servicePosts: ['文明劝导', '垃圾分类'],
        skills: '法律咨询',
        periodText: '2026年第一季度',
        records: [{ date: '2026-03-05', activity: '垃圾分类宣传', hours: 2.5, confirmedBy: '李梅' }],
        totalHours: 2.5,
        yearText: '本年度累计服务 2.5 小时，目标 50 小时',
        date: '2026-04-02',
      }),
      'in-service-feedback',
    );
    expect(pdf.pageSize).toMatch(A4);
    expect(pdf.pages).toBe(1);
    const text = squeeze(pdf.text);
    for (const expected of [
      '在职党员到社区报到服务情况反馈表',
      '中共区税务局机关委员会：',
      '垃圾分类宣传',
      '2026年第一季度累计服务2.5小时',
      '中共幸福社区委员会',
      '2026年4月2日',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a 测评表 of 30 members keeps its header on every page', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `党员${i + 1}`);
    const pdf = renderDocx(
      await buildReviewBallotSheet({ branchName: '第一党支部', year: 2026, names }),
      'review-ballot',
    );
    expect(pdf.pageSize).toMatch(A4);
    expect(pdf.pages).toBeGreaterThan(1);
    for (const page of pdf.pageTexts) expect(squeeze(page)).toContain('基本合格');
    expect(squeeze(pdf.text)).toContain('党员30');
  });
});
