import type { WholeStore } from '../db/whole-store/store-tables';
import { storeTables } from '../db/whole-store/store-tables';
import { maskDeep } from '../domain/rules/masking';
import { SECRET_SETTINGS } from '../db/change-log/middleware';

/** Excel's limit is 1,048,576 rows a sheet; longer tables continue on "(2)", "(3)", … */
const ROWS_PER_SHEET = 1_000_000;

function cell(field: string, value: unknown, full: boolean): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Blob) return `[附件 ${value.size} 字节]`;
  const shown = full ? value : maskDeep(field, value);
  if (typeof shown === 'string' || typeof shown === 'number' || typeof shown === 'boolean') return shown;
  return JSON.stringify(shown);
}

/** The 程序锁's hash and salt never leave the app, not even in a full export. */
function isSecret(tableName: string, row: Record<string, unknown>): boolean {
  return tableName === 'settings' && typeof row['key'] === 'string' && SECRET_SETTINGS.has(row['key']);
}

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
function sheetName(label: string, index: number): string {
  const base = label.replace(/[:\\/?*[\]]/g, ' ').slice(0, 26);
  return index === 1 ? base : `${base}(${index})`;
}

/**
 * 导出全部数据: every table of the store as a sheet of one .xlsx, so the office is never locked in.
 * ID numbers and phones are masked unless `full`, also inside nested values (the change log's
 * snapshots); secrets (the 程序锁) are left out of every export.
 */
export async function exportAllToXlsx(
  db: WholeStore,
  options: { full: boolean; label: (table: string) => string },
): Promise<Uint8Array> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  const used = new Set<string>();
  for (const table of storeTables(db)) {
    let sheetIndex = 0;
    let sheet = null as ReturnType<typeof workbook.addWorksheet> | null;
    let rowsInSheet = 0;
    let columns: string[] = [];
    const finishSheet = () => {
      if (sheet !== null) sheet.getRow(1).values = columns;
    };
    const newSheet = () => {
      finishSheet();
      sheetIndex += 1;
      let name = sheetName(options.label(table.name), sheetIndex);
      while (used.has(name)) name = `${name}_`;
      used.add(name);
      sheet = workbook.addWorksheet(name);
      sheet.addRow([]);
      columns = [];
      rowsInSheet = 0;
    };
    newSheet();
    for await (const page of table.pages()) {
      for (const row of page as Record<string, unknown>[]) {
        if (isSecret(table.name, row)) continue;
        if (rowsInSheet >= ROWS_PER_SHEET) newSheet();
        for (const field of Object.keys(row)) if (!columns.includes(field)) columns.push(field);
        (sheet as unknown as ReturnType<typeof workbook.addWorksheet>).addRow(
          columns.map((field) => cell(field, row[field], options.full)),
        );
        rowsInSheet += 1;
      }
    }
    finishSheet();
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
