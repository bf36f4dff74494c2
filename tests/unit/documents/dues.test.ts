import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDuesNotice } from '../../../renderer/src/documents/dues-notice';
import { NATIONAL_DUES_RATES, DEFAULT_DUES_SETTINGS } from '../../../renderer/src/domain/entities/dues-rates';
import { duesGridRow } from '../../../renderer/src/domain/rules/dues-grid';
import { duesPeriod, periodLine } from '../../../renderer/src/domain/rules/dues-period';
import { buildDuesLedgerWorkbook } from '../../../renderer/src/io/dues-xlsx';
import { payment, profile } from '../domain/dues/dues-fixtures';

const worker = profile({ category: '在职', baseFen: 450_000, effectiveFrom: '2026-01' });
const facts = {
  profiles: [worker],
  payments: [
    payment(['2026-01', '2026-02', '2026-03'], 4500),
    payment(['2026-10'], 4500, { date: '2026-10-08' }),
    payment(['2026-10'], 100_000, { kind: 'voluntary', date: '2026-10-09', handedUpWhole: true }),
  ],
};

describe('党费 outputs', () => {
  it('a quarter of the 公示 counts the months paid for and the voluntary payment dated in it', () => {
    const q4 = duesPeriod(2026, 'quarter', 4);
    expect(q4).toEqual({ months: ['2026-10', '2026-11', '2026-12'], label: '2026年第四季度' });
    expect(periodLine('张三', facts, NATIONAL_DUES_RATES, q4.months, '2026-11')).toEqual({
      name: '张三',
      paidThrough: '2026年3月',
      amountFen: 104_500,
    });
  });

  it('the 公示 Word is GB/T 9704 A4 with a repeating header row', async () => {
    const bytes = await buildDuesNotice({
      branchName: '第一党支部',
      periodLabel: '2026年11月',
      date: '2026-11-30',
      lines: [{ name: '张三', paidThrough: '2026年11月', amountFen: 4500 }],
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('第一党支部2026年11月党费收缴情况公示');
    expect(xml).toContain('缴至年月');
  });

  it('the yearly ledger sums each member and each month exactly', async () => {
    const rows = [
      duesGridRow({ id: 'm1', name: '张三' }, facts, DEFAULT_DUES_SETTINGS, 2026, '2026-11'),
      duesGridRow(
        { id: 'm2', name: '李四' },
        { profiles: [profile({ category: '学生', effectiveFrom: '2026-01' })], payments: [payment(['2026-01'], 20)] },
        DEFAULT_DUES_SETTINGS,
        2026,
        '2026-11',
      ),
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildDuesLedgerWorkbook({ branchName: '第一党支部', year: 2026, rows })) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getRow(3).getCell(2).value).toBe('张三');
    expect(sheet.getRow(3).getCell(17).value).toBe(180);
    expect(sheet.getRow(3).getCell(18).value).toBe(1000);
    expect(sheet.getRow(3).getCell(19).value).toBe('缴至 2026年3月');
    const total = sheet.getRow(5);
    expect(total.getCell(2).value).toBe('合计');
    expect(total.getCell(5).value).toBe(45.2);
    expect(total.getCell(17).value).toBe(180.2);
  });
});
