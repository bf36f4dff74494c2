import ExcelJS from 'exceljs';
import type { BudgetLine, Spending } from '../domain/entities/budget';
import { budgetSources } from '../domain/entities/budget';
import { summariseBudget } from '../domain/rules/budget';

export interface BudgetExport {
  officeName: string;
  year: number;
  lines: BudgetLine[];
  spendings: Spending[];
  /** Activity titles by id, for the spending sheet. */
  activityTitles: Map<string, string>;
}

/** Fen become yuan only here, for Excel's display; the two-decimal format keeps them exact. */
const YUAN = '#,##0.00';
const yuan = (fen: number) => fen / 100;

/** The year's education budget as .xlsx: 汇总, 经费来源, 支出明细, 按活动. */
export async function buildBudgetWorkbook(data: BudgetExport): Promise<Uint8Array> {
  const summary = summariseBudget(data.year, data.lines, data.spendings);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.officeName;

  const overview = workbook.addWorksheet('汇总');
  overview.columns = [{ width: 22 }, { width: 18 }];
  overview.addRow([`${data.officeName}${data.year}年度党员教育经费`]).font = { bold: true, size: 14 };
  overview.addRow([]);
  for (const source of budgetSources) overview.addRow([`预算：${source}`, yuan(summary.bySource[source])]);
  overview.addRow(['预算合计', yuan(summary.budgetFen)]).font = { bold: true };
  overview.addRow(['已支出', yuan(summary.spentFen)]).font = { bold: true };
  overview.addRow(['结余', yuan(summary.balanceFen)]).font = { bold: true };
  overview.getColumn(2).numFmt = YUAN;

  const lines = workbook.addWorksheet('经费来源');
  lines.columns = [
    { header: '来源', key: 'source', width: 14 },
    { header: '金额（元）', key: 'amount', width: 16, style: { numFmt: YUAN } },
    { header: '备注', key: 'note', width: 40 },
  ];
  for (const line of data.lines.filter((row) => row.year === data.year && row.deletedAt === undefined)) {
    lines.addRow({ source: line.source, amount: yuan(line.amountFen), note: line.note ?? '' });
  }

  const spend = workbook.addWorksheet('支出明细');
  spend.columns = [
    { header: '日期', key: 'date', width: 12 },
    { header: '事项', key: 'item', width: 36 },
    { header: '金额（元）', key: 'amount', width: 16, style: { numFmt: YUAN } },
    { header: '关联活动', key: 'activity', width: 30 },
    { header: '票据', key: 'receipt', width: 8 },
    { header: '备注', key: 'note', width: 30 },
  ];
  const liveSpendings = data.spendings
    .filter((row) => row.year === data.year && row.deletedAt === undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const row of liveSpendings) {
    spend.addRow({
      date: row.date,
      item: row.item,
      amount: yuan(row.amountFen),
      activity: row.activityId === undefined ? '' : (data.activityTitles.get(row.activityId) ?? '（已删除的活动）'),
      receipt: row.receiptFileId === undefined ? '无' : '有',
      note: row.note ?? '',
    });
  }

  const perActivity = workbook.addWorksheet('按活动');
  perActivity.columns = [
    { header: '活动', key: 'activity', width: 36 },
    { header: '支出（元）', key: 'amount', width: 16, style: { numFmt: YUAN } },
  ];
  for (const [activityId, fen] of summary.byActivity) {
    perActivity.addRow({
      activity: activityId === '' ? '（未关联活动）' : (data.activityTitles.get(activityId) ?? '（已删除的活动）'),
      amount: yuan(fen),
    });
  }
  for (const sheet of [lines, spend, perActivity]) sheet.getRow(1).font = { bold: true };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
