/** A plain table for Excel: a title row, a header row, data rows. */
export interface SheetTable {
  name: string;
  title?: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * Builds an .xlsx of one or more tables. exceljs is loaded on first use (DESIGN.md: heavy libraries
 * stay out of the start-up bundle). The header row is frozen so long lists stay readable.
 */
export async function buildTableWorkbook(sheets: readonly SheetTable[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区党员教育台账';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    let headerRow = 1;
    if (sheet.title !== undefined) {
      worksheet.addRow([sheet.title]).font = { bold: true, size: 14 };
      worksheet.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      headerRow = 2;
    }
    const header = worksheet.addRow(sheet.columns);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.views = [{ state: 'frozen', ySplit: headerRow }];
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(column.length, ...sheet.rows.map((row) => String(row[index] ?? '').length));
      worksheet.getColumn(index + 1).width = Math.min(50, Math.max(8, longest * 2 + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
