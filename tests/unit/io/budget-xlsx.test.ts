import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildBudgetWorkbook } from '../../../renderer/src/io/budget-xlsx';

const stamp = '2026-01-01T00:00:00Z';

describe('education budget workbook', () => {
  it('has the totals, the lines, the spending with its activity, and spend per activity', async () => {
    const bytes = await buildBudgetWorkbook({
      officeName: '幸福社区',
      year: 2026,
      lines: [
        { id: 'l1', createdAt: stamp, updatedAt: stamp, year: 2026, source: '财政专项', amountFen: 123450 },
        { id: 'l2', createdAt: stamp, updatedAt: stamp, year: 2026, source: '其他', amountFen: 10 },
      ],
      spendings: [
        {
          id: 's1',
          createdAt: stamp,
          updatedAt: stamp,
          year: 2026,
          date: '2026-03-01',
          item: '讲课费',
          amountFen: 50005,
          activityId: 'a1',
        },
      ],
      activityTitles: new Map([['a1', '2026-03-01 党课']]),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const overview = workbook.getWorksheet('汇总');
    const values = new Map<string, unknown>();
    overview?.eachRow((row) => values.set(row.getCell(1).text, row.getCell(2).value));
    expect(values.get('预算合计')).toBe(1234.6);
    expect(values.get('已支出')).toBe(500.05);
    expect(values.get('结余')).toBe(734.55);
    const spend = workbook.getWorksheet('支出明细');
    expect(spend?.getRow(2).getCell(2).value).toBe('讲课费');
    expect(spend?.getRow(2).getCell(4).value).toBe('2026-03-01 党课');
    expect(spend?.getColumn(3).numFmt).toBe('#,##0.00');
    expect(workbook.getWorksheet('按活动')?.getRow(2).getCell(2).value).toBe(500.05);
  });
});
