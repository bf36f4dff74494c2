import { buildTableWorkbook } from '../../io/table-workbook';
import type { SheetTable } from '../../io/table-workbook';
import { getPlatform } from '../../platform/api';

/** Saves tables as .xlsx through the platform's save dialog (a download in browser mode). */
export async function exportTables(fileName: string, sheets: readonly SheetTable[]): Promise<boolean> {
  const bytes = await buildTableWorkbook(sheets);
  const saved = await getPlatform().saveFile(bytes, fileName, [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
  return saved !== null;
}
