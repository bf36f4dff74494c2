import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildImportErrorWorkbook, buildRosterExport } from '../../../renderer/src/io/roster-export/roster-workbook';
import { buildImportPreview } from '../../../renderer/src/io/roster-import/preview';
import { readSpreadsheet, readWithExcelJS } from '../../../renderer/src/io/roster-import/read-spreadsheet';
import { createTimeSlicer } from '../../../renderer/src/lib/time-slicer';
import { readXlsxSheets, UnexpectedWorkbookError } from '../../../renderer/src/io/roster-import/xlsx-sheets';
import { buildMessyRoster } from '../../fixtures/messy-roster';

const TODAY = '2026-06-01';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The fast reader must give exactly what the exceljs reader gave before it. */
async function expectSameAsExcelJS(bytes: Uint8Array): Promise<void> {
  expect(await readXlsxSheets(bytes, createTimeSlicer(0))).toEqual(await readWithExcelJS(bytes, 'x.xlsx'));
}

describe('the fast .xlsx reader', () => {
  it('reads the messy roster (title rows, merged two-row header, serial dates, an ID as a number) as exceljs does', async () => {
    await expectSameAsExcelJS(await buildMessyRoster());
  });

  it('reads the app’s own export and error workbook as exceljs does', async () => {
    const preview = buildImportPreview(await readSpreadsheet(await buildMessyRoster(), 'm.xlsx'), [], [], {
      createMissingUnits: true,
      today: TODAY,
    });
    await expectSameAsExcelJS(
      await buildImportErrorWorkbook(
        preview.rows.filter((row) => row.status === 'error'),
        preview.headers,
      ),
    );
    const members = preview.rows.flatMap((row) =>
      row.fields === undefined
        ? []
        : [
            {
              ...row.fields,
              id: crypto.randomUUID(),
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
              namePinyin: '',
              nameInitials: '',
            },
          ],
    );
    await expectSameAsExcelJS(await buildRosterExport(members, [], '党员名册'));
  });

  it('reads date-formatted cells, rich text, formulas, booleans, errors, hyperlinks and entities as exceljs does', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册 & <附表>');
    sheet.addRow(['姓名', '出生日期', '入党日期', '是否流动党员', '备注', '公式', '错误']);
    const dated = sheet.getRow(2);
    dated.getCell(1).value = { richText: [{ text: '张' }, { text: '三', font: { bold: true } }] };
    dated.getCell(2).value = new Date(Date.UTC(1980, 0, 1));
    dated.getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
    dated.getCell(3).value = 41422;
    dated.getCell(3).numFmt = 'yyyy-mm-dd';
    dated.getCell(4).value = true;
    dated.getCell(5).value = { text: '链接 <a> & "b"', hyperlink: 'https://example.invalid/' };
    dated.getCell(6).value = { formula: 'A1&"x"', result: '姓名x' };
    dated.getCell(7).value = { error: '#N/A' };
    const numbers = sheet.getRow(3);
    numbers.getCell(1).value = '  李四  ';
    numbers.getCell(2).value = 29000;
    numbers.getCell(2).numFmt = '0.00';
    numbers.getCell(3).value = { formula: 'C2+1', result: 41423 };
    numbers.getCell(3).numFmt = 'mm-dd-yy';
    numbers.getCell(4).value = false;
    numbers.getCell(5).value = 510104198001010000;
    numbers.getCell(6).value = { formula: '1=1', result: true };
    sheet.getRow(6).getCell(2).value = '第六行';
    sheet.mergeCells('D5:E7');
    sheet.getCell('D5').value = '合并';
    workbook.addWorksheet('空表');
    await expectSameAsExcelJS(await bytesOf(workbook));
  });

  it('reads a date1904 workbook’s dates as exceljs does', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '出生日期']);
    sheet.addRow(['王五', new Date(Date.UTC(1975, 2, 15))]);
    sheet.getCell('B2').numFmt = 'yyyy/m/d';
    await expectSameAsExcelJS(await bytesOf(workbook));
  });

  it('reads inline strings and phonetic guides the way Excel means them', async () => {
    const files = {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/workbook.xml': new TextEncoder().encode(
        '<workbook xmlns:r="r"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': new TextEncoder().encode(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': new TextEncoder().encode(
        '<sst><si><t>单</t><rPh sb="0" eb="1"><t>shan</t></rPh></si><si><r><t xml:space="preserve">曾 </t></r><r><t>&#x4E09;</t></r></si></sst>',
      ),
      'xl/worksheets/sheet1.xml': new TextEncoder().encode(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>解&amp;放</t></is></c></row>' +
          '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3"><v>12.5</v></c></row></sheetData></worksheet>',
      ),
    };
    expect(await readXlsxSheets(zipSync(files))).toEqual([
      {
        name: '表1',
        rows: [
          ['单', '解&放', null],
          [null, null, null],
          ['曾 三', null, 12.5],
        ],
      },
    ]);
  });

  it('gives up on a workbook without its parts, so exceljs decides', async () => {
    const bytes = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    await expect(readXlsxSheets(bytes)).rejects.toThrow(UnexpectedWorkbookError);
    expect(await readSpreadsheet(bytes, 'a.xlsx')).toEqual(await readWithExcelJS(bytes, 'a.xlsx'));
    const damaged = (await buildMessyRoster()).slice(0, 2000);
    await expect(readSpreadsheet(damaged, 'a.xlsx')).rejects.toThrow('不是有效的 Excel 工作簿');
  });
});
