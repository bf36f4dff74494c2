import type { SheetCell } from './columns';
import { ImportFileError } from './read-spreadsheet';
import type { SheetData } from './read-spreadsheet';

function plain(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  return null;
}

/**
 * Legacy Excel 97-2003 and WPS .xls, read with SheetJS 0.20 (`@e965/xlsx`, the maintained build on the
 * registry; the registry's `xlsx` 0.18.5 has known flaws on crafted files). Loaded only when an .xls is
 * chosen, so the app's first screen does not carry it. The rows come out as the .xlsx reader's do:
 * dates as UTC-midnight Dates, merged cells read as their first cell, row 1 at index 0.
 */
export async function readXls(bytes: Uint8Array, fileName: string): Promise<SheetData[]> {
  const XLSX = await import('@e965/xlsx');
  let workbook: ReturnType<typeof XLSX.read>;
  try {
    // SheetJS reads what it cannot parse as text; an .xls must be a compound file with a workbook stream.
    // CFB is typed loosely in SheetJS's declarations; it returns the container's stream paths.
    const cfb = XLSX.CFB as { read: (data: Uint8Array, options: { type: 'array' }) => { FullPaths: string[] } };
    const container = cfb.read(bytes, { type: 'array' });
    if (!container.FullPaths.some((path) => /\/(Workbook|Book)$/i.test(path))) throw new Error('no workbook stream');
    workbook = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true });
  } catch {
    throw new ImportFileError(`“${fileName}”不是有效的 Excel 97-2003 工作簿（.xls），可能已损坏。`);
  }
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    if (sheet === undefined || sheet['!ref'] === undefined) return { name, rows: [] };
    const range = XLSX.utils.decode_range(sheet['!ref']);
    range.s = { r: 0, c: 0 };
    const raw: unknown[][] = XLSX.utils.sheet_to_json(sheet, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true,
      UTC: true,
      range,
    });
    const rows: SheetCell[][] = raw.map((row) => row.map(plain));
    for (const merge of sheet['!merges'] ?? []) {
      const master = rows[merge.s.r]?.[merge.s.c] ?? null;
      for (let r = merge.s.r; r <= merge.e.r; r += 1) {
        const row = rows[r];
        if (row === undefined) continue;
        for (let c = merge.s.c; c <= merge.e.c; c += 1) row[c] = master;
      }
    }
    return { name, rows };
  });
}
