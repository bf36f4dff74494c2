import type { YearMonth } from '../domain/entities/dues-month';
import { chineseMonth } from '../domain/entities/dues-month';
import type { DuesSettings } from '../domain/entities/dues-rates';
import type { MemberDuesFacts } from '../domain/rules/dues-ledger';
import { dueFor } from '../domain/rules/dues-ledger';
import { checkPayment } from '../domain/rules/dues-payment';
import { parseYuanToFen } from '../domain/rules/money';
import type { SheetCell } from './roster-import/columns';

export interface DuesImportMember {
  id: string;
  name: string;
  idNumber?: string;
}

export interface DuesImportRow {
  /** 1-based row number in the sheet, for the messages and the error workbook. */
  line: number;
  name: string;
  status: 'ok' | 'warning' | 'error' | 'empty';
  memberId?: string;
  months: YearMonth[];
  monthAmountsFen: number[];
  messages: string[];
}

export interface DuesImportPreview {
  rows: DuesImportRow[];
  /** The months the header names, in column order. */
  months: YearMonth[];
}

const PAID_MARKS = new Set(['√', '✓', '✔', '已缴', '已交', '是', 'Y', 'y']);

/** "3月", "2026年3月", "2026-03", "2026.3", a Date: the month a header names, in the chosen year for "3月". */
function headerMonth(cell: SheetCell, year: number): YearMonth | undefined {
  if (cell instanceof Date) return `${String(cell.getFullYear())}-${String(cell.getMonth() + 1).padStart(2, '0')}`;
  const text = String(cell ?? '').replace(/\s/g, '');
  const full = /^(\d{4})[年\-./](\d{1,2})月?(份)?$/.exec(text);
  const short = /^(\d{1,2})月(份)?$/.exec(text);
  const [y, m] =
    full !== null ? [Number(full[1]), Number(full[2])] : short !== null ? [year, Number(short[1])] : [0, 0];
  if (m < 1 || m > 12) return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}`;
}

const text = (cell: SheetCell | undefined) => (cell instanceof Date ? '' : String(cell ?? '').trim());

/**
 * Reads the office's own dues sheet: a header row with 姓名 (or 身份证号) and month columns; each cell
 * an amount in 元, or a tick (√, 已缴) for the computed amount. Members are matched by ID number, then by
 * name within the branch. Every row is checked like a typed entry; nothing is written here.
 */
export function previewDuesImport(
  sheet: readonly SheetCell[][],
  year: number,
  members: readonly DuesImportMember[],
  facts: ReadonlyMap<string, MemberDuesFacts>,
  settings: DuesSettings,
  today: string,
): DuesImportPreview {
  const headerIndex = sheet.slice(0, 10).findIndex((row) => row.some((c) => headerMonth(c, year) !== undefined));
  const header = sheet[headerIndex] ?? [];
  const nameCol = header.findIndex((c) => /姓名/.test(text(c)));
  const idCol = header.findIndex((c) => /身份证/.test(text(c)));
  const monthCols = header.flatMap((c, i) => {
    const month = headerMonth(c, year);
    return month === undefined ? [] : [{ col: i, month }];
  });
  if (headerIndex < 0 || (nameCol < 0 && idCol < 0)) {
    return {
      months: [],
      rows: [
        {
          line: 1,
          name: '',
          status: 'error',
          months: [],
          monthAmountsFen: [],
          messages: ['找不到表头：需要“姓名”或“身份证号”一列，以及“1月”“2026年1月”这样的月份列'],
        },
      ],
    };
  }
  const byId = new Map(members.filter((m) => m.idNumber !== undefined).map((m) => [m.idNumber?.toUpperCase(), m]));
  const byName = new Map<string, DuesImportMember[]>();
  for (const m of members) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);

  const rows: DuesImportRow[] = [];
  for (const [offset, cells] of sheet.slice(headerIndex + 1).entries()) {
    const line = headerIndex + offset + 2;
    const name = nameCol < 0 ? '' : text(cells[nameCol]).replace(/\s/g, '');
    const idNumber = idCol < 0 ? '' : text(cells[idCol]).toUpperCase();
    const row: DuesImportRow = { line, name, status: 'ok', months: [], monthAmountsFen: [], messages: [] };
    if ((name === '' && idNumber === '') || /^(合计|小计|总计)/.test(name)) continue;
    const member =
      (idNumber === '' ? undefined : byId.get(idNumber)) ??
      (() => {
        const same = byName.get(name) ?? [];
        if (same.length > 1) row.messages.push(`本支部有 ${String(same.length)} 名“${name}”，请填写身份证号区分`);
        return same.length === 1 ? same[0] : undefined;
      })();
    if (member === undefined) {
      if (row.messages.length === 0) row.messages.push(`本支部没有“${name || idNumber}”`);
      rows.push({ ...row, status: 'error' });
      continue;
    }
    row.memberId = member.id;
    row.name = member.name;
    const memberFacts = facts.get(member.id) ?? { profiles: [], payments: [] };
    for (const { col, month } of monthCols) {
      const cell = cells[col];
      const raw = typeof cell === 'number' ? String(cell) : text(cell);
      if (raw === '') continue;
      if (PAID_MARKS.has(raw)) {
        const due = dueFor(memberFacts, settings.rates, month);
        if (due === undefined) row.messages.push(`${chineseMonth(month)}只打了勾，但没有设置缴费类别，无法计算金额`);
        else {
          row.months.push(month);
          row.monthAmountsFen.push(due.fen);
        }
        continue;
      }
      const parsed = parseYuanToFen(typeof cell === 'number' ? cell.toFixed(2) : raw);
      if (!parsed.ok) row.messages.push(`${chineseMonth(month)}：${parsed.message}`);
      else if (parsed.fen > 0) {
        row.months.push(month);
        row.monthAmountsFen.push(parsed.fen);
      }
    }
    if (row.messages.length > 0) {
      rows.push({ ...row, status: 'error' });
      continue;
    }
    if (row.months.length === 0) {
      rows.push({ ...row, status: 'empty', messages: ['没有缴费记录'] });
      continue;
    }
    const check = checkPayment(
      { kind: 'regular', months: row.months, monthAmountsFen: row.monthAmountsFen, date: today },
      memberFacts,
      settings,
      today,
    );
    rows.push({
      ...row,
      status: check.errors.length > 0 ? 'error' : check.warnings.length > 0 ? 'warning' : 'ok',
      messages: [...check.errors, ...check.warnings],
    });
  }
  return { rows, months: monthCols.map((c) => c.month) };
}
