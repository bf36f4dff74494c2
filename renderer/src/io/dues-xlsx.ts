import ExcelJS from 'exceljs';
import type { DuesGridRow } from '../domain/rules/dues-grid';
import { duesGridTotals } from '../domain/rules/dues-grid';
import { paidThroughText } from '../domain/rules/dues-ledger';
import type { BranchYearSummary } from '../domain/rules/dues-period';
import { HAND_UP_HEADERS, handUpRow } from '../domain/statistics/dues-hand-up-table';

/** Fen become yuan only here, for Excel's display; the two-decimal format keeps them exact. */
const YUAN = '#,##0.00';
const yuan = (fen: number) => fen / 100;

export const LEDGER_MONTH_HEADERS = Array.from({ length: 12 }, (_, i) => `${String(i + 1)}月`);

/** The yearly ledger of one branch: member × month, the year's total per member, and totals per month. */
export async function buildDuesLedgerWorkbook(data: {
  branchName: string;
  year: number;
  rows: DuesGridRow[];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${String(data.year)}年党费台账`);
  sheet.addRow([`${data.branchName}${String(data.year)}年度党费收缴台账`]).font = { bold: true, size: 14 };
  const header = sheet.addRow([
    '序号',
    '姓名',
    '类别',
    '月应交',
    ...LEDGER_MONTH_HEADERS,
    '本年合计',
    '自愿多交',
    '缴费情况',
  ]);
  header.font = { bold: true };
  data.rows.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      row.name,
      row.category ?? '未设置',
      row.due === undefined ? null : yuan(row.due.fen),
      ...row.cells.map((cell) => (cell.state === 'paid' ? yuan(cell.fen) : cell.state === 'exempt' ? '免交' : null)),
      yuan(row.yearFen),
      yuan(row.voluntaryFen),
      paidThroughText(row.status),
    ]);
  });
  const totals = duesGridTotals(data.rows);
  sheet.addRow([
    '',
    '合计',
    '',
    null,
    ...totals.months.map(yuan),
    yuan(totals.yearFen),
    yuan(totals.voluntaryFen),
    '',
  ]).font = {
    bold: true,
  };
  for (let col = 4; col <= 18; col += 1) sheet.getColumn(col).numFmt = YUAN;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(19).width = 20;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 上缴汇总 as .xlsx: the same columns as the Word report. */
export async function buildDuesHandUpWorkbook(data: {
  year: number;
  branches: BranchYearSummary[];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('上缴汇总');
  sheet.addRow([`${String(data.year)}年度党费收缴上缴汇总`]).font = { bold: true, size: 14 };
  sheet.addRow(HAND_UP_HEADERS).font = { bold: true };
  for (const branch of data.branches) {
    sheet.addRow([
      branch.branchName,
      branch.members,
      yuan(branch.regularFen),
      yuan(branch.voluntaryFen),
      yuan(branch.wholeFen),
      yuan(branch.handedUpFen),
      handUpRow(branch)[6] ?? '',
    ]);
  }
  const sum = (pick: (b: BranchYearSummary) => number) => yuan(data.branches.reduce((s, b) => s + pick(b), 0));
  sheet.addRow([
    '合计',
    data.branches.reduce((s, b) => s + b.members, 0),
    sum((b) => b.regularFen),
    sum((b) => b.voluntaryFen),
    sum((b) => b.wholeFen),
    sum((b) => b.handedUpFen),
    '',
  ]).font = { bold: true };
  for (let col = 3; col <= 6; col += 1) sheet.getColumn(col).numFmt = YUAN;
  sheet.getColumn(1).width = 20;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
