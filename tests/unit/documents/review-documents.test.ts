import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReviewBallotSheet } from '../../../renderer/src/documents/review-ballot-sheet';
import { buildReviewReport } from '../../../renderer/src/documents/review-report';
import { summariseReview } from '../../../renderer/src/domain/rules/review-summary';
import { reviewSummarySheet } from '../../../renderer/src/io/review-summary-xlsx';
import { buildTableWorkbook } from '../../../renderer/src/io/table-workbook';

const roster = [
  { id: 'a', name: '王𠈌' },
  { id: 'b', name: '李梅' },
];
const summary = summariseReview(
  {
    memberIds: ['a', 'b'],
    entries: { a: { grade: 'excellent', summaryReceivedDate: '2026-12-01' }, b: { grade: 'unqualified' } },
  },
  roster,
  [
    { kind: 'peer', marks: { a: 'excellent', b: 'unqualified' } },
    { kind: 'peer', marks: { a: 'excellent', b: 'qualified' } },
    { kind: 'public', marks: { a: 'qualified' } },
  ],
);

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
}

describe('民主评议 papers', () => {
  it('the 测评表 lists the roster with four boxes each and a repeating header', async () => {
    const xml = documentXml(
      await buildReviewBallotSheet({ branchName: '第一党支部', year: 2026, names: ['王𠈌', '李梅'] }),
    );
    expect(xml).toContain('第一党支部2026年度民主评议党员测评表');
    expect(xml).toContain('基本合格');
    expect(xml).toContain('<w:tblHeader');
    expect(xml.match(/□/g)?.length).toBe(2 * 4 + 2);
  });

  it('the 情况报告 states counts, shares and the 限期改正 case', async () => {
    const xml = documentXml(
      await buildReviewReport({
        branchName: '第一党支部',
        addressee: '中共幸福社区委员会',
        year: 2026,
        date: '2027-01-20',
        decisionDate: '2027-01-15',
        summary,
        correctionLines: ['李梅：2027-01-15 起限期改正，期限至 2027-07-15，正在改正中。'],
      }),
    );
    expect(xml).toContain('第一党支部关于2026年度民主评议党员情况的报告');
    expect(xml).toContain('收回党员互评测评表 2 份，群众评议测评表 1 份');
    expect(xml).toContain('优秀 1 名（50%）');
    expect(xml).toContain('期限至 2027-07-15');
    expect(xml).toContain('2027年1月20日');
  });

  it('the 汇总表 carries each member’s ballots by kind and the decided grade', async () => {
    const bytes = await buildTableWorkbook([reviewSummarySheet('第一党支部', 2026, summary)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('汇总表');
    expect(sheet?.getCell('A1').value).toBe('第一党支部2026年度民主评议党员汇总表');
    expect(sheet?.getRow(3).values).toEqual([undefined, 1, '王𠈌', '2026-12-01', 2, 0, 0, 0, 0, 1, 0, 0, '优秀', '']);
    expect(sheet?.getRow(4).getCell(12).value).toBe('不合格');
  });
});
