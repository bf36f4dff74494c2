import { afterAll, describe, expect, it } from 'vitest';
import { buildInServiceFeedback } from '../../renderer/src/documents/in-service-feedback';
import { buildCareSignSheet } from '../../renderer/src/documents/care-sign-sheet';
import { buildReviewBallotSheet } from '../../renderer/src/documents/review-ballot-sheet';
import { buildReviewReport } from '../../renderer/src/documents/review-report';
import { summariseReview } from '../../renderer/src/domain/rules/review-summary';
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

  it('the 民主评议情况报告 is a GB/T 9704 document with its table, 落款 and page number', async () => {
    const roster = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, name: `党员${i + 1}` }));
    const entries = Object.fromEntries(
      roster.map((m, i) => [m.id, { grade: i < 3 ? 'excellent' : 'qualified' }] as const),
    );
    const pdf = renderDocx(
      await buildReviewReport({
        branchName: '第一党支部',
        addressee: '中共幸福社区委员会',
        year: 2026,
        date: '2027-01-20',
        summary: summariseReview({ memberIds: roster.map((m) => m.id), entries }, roster, []),
        correctionLines: [],
      }),
      'review-report',
    );
    expect(pdf.pageSize).toMatch(A4);
    const text = squeeze(pdf.text);
    for (const expected of [
      '第一党支部关于2026年度民主评议党员情况的报告',
      '中共幸福社区委员会：',
      '一、基本情况',
      '优秀3名（25%）',
      '合格9名（75%）',
      '党员12',
      '本年度无评定为不合格的党员。',
      '2027年1月20日',
      '—1—',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a 慰问签收表 prints its rows, total and signature column on A4', async () => {
    const pdf = renderDocx(
      await buildCareSignSheet({
        title: '2026年七一走访慰问慰问签收表',
        rows: [{ name: '韩老', unit: '第一党支部', gifts: '米、油', amount: '500.00', source: '党费' }],
        totalAmount: '500.00',
      }),
      'care-sign-sheet',
    );
    expect(pdf.pageSize).toMatch(A4);
    const text = squeeze(pdf.text);
    for (const expected of ['2026年七一走访慰问慰问签收表', '签收', '韩老', '米、油', '500.00', '合计']) {
      expect(text).toContain(expected);
    }
  });
});
