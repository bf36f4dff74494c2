import type { Worksheet } from 'exceljs';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { maskIdNumber } from '../../domain/rules/masking';
import { memberDateText } from '../../domain/rules/date-precision';
import { loadExcelJS } from '../load-exceljs';
import type { SheetCell, TemplateField } from '../roster-import/columns';
import { ROSTER_COLUMN_SPECS } from '../roster-import/columns';

function yesNo(value: boolean): string {
  return value ? '是' : '否';
}

/** One member in the template's columns; every value is text, so ID numbers keep all 18 characters. */
export function memberRow(member: Member, unitName: (id: string | undefined) => string): Record<TemplateField, string> {
  return {
    name: member.name,
    gender: member.gender ?? '',
    ethnicity: member.ethnicity ?? '',
    idNumber: member.idNumber ?? '',
    birthDate: memberDateText(member, 'birthDate'),
    education: member.education ?? '',
    category: member.category,
    branch: unitName(member.branchId),
    group: unitName(member.groupId),
    joinDate: memberDateText(member, 'joinDate'),
    fullMemberDate: memberDateText(member, 'fullMemberDate'),
    occupation: member.occupation ?? '',
    workUnit: member.workUnit ?? '',
    phone: member.phone ?? '',
    address: member.address ?? '',
    partyStanding: member.partyStanding,
    lostContact: yesNo(member.lostContact),
    lostContactDate: member.lostContactDate ?? '',
    floating: yesNo(member.floating),
    floatingProvince: member.floatingTo?.province ?? '',
    floatingCity: member.floatingTo?.city ?? '',
    floatingCounty: member.floatingTo?.county ?? '',
    floatingSince: member.floatingSince ?? '',
    floatingContactPerson: member.floatingContactPerson ?? '',
    floatingContactPhone: member.floatingContactPhone ?? '',
    floatingCertificateNo: member.floatingCertificateNo ?? '',
    nativePlace: member.nativePlace ?? '',
    workStartDate: memberDateText(member, 'workStartDate'),
    note: member.note ?? '',
  };
}

function setUpColumns(sheet: Worksheet, extra: { header: string; width: number }[] = []): void {
  sheet.columns = [
    ...ROSTER_COLUMN_SPECS.map((spec) => ({ key: spec.field, width: spec.width + 2, style: { numFmt: '@' } })),
    ...extra.map((column) => ({ key: column.header, width: column.width })),
  ];
}

function styleHeader(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: rowNumber }];
}

async function newWorkbook() {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区党员教育台账';
  workbook.created = new Date();
  return workbook;
}

/** The downloadable template: the exact columns on row 1, and a sheet explaining each. */
export async function buildRosterTemplate(): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('党员名册');
  setUpColumns(sheet);
  sheet.addRow(ROSTER_COLUMN_SPECS.map((spec) => spec.header));
  styleHeader(sheet, 1);
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 22 }, { width: 70 }];
  help.addRow(['列名', '填写说明']).font = { bold: true };
  for (const spec of ROSTER_COLUMN_SPECS) {
    help.addRow([
      spec.header,
      [spec.hint, spec.synonyms.length > 0 ? `也可用列名：${spec.synonyms.join('、')}` : ''].filter(Boolean).join('；'),
    ]);
  }
  help.addRow([]);
  help.addRow([
    '日期',
    '可写作 2013-05-28、2013.5.28、2013/5/28、2013年5月28日、20130528，或 201305（只知年月）；Excel 日期格式也可以。',
  ]);
  help.addRow([
    '重复',
    '已在名册中的党员按身份证号识别，没有身份证号的按“姓名 + 出生日期”识别；空白单元格不会覆盖已登记的内容。',
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The roster (or the filtered view) in the template's columns, under a title row. With full ID numbers
 * it re-imports as 无变化; masked, it is for reading and printing.
 */
export async function buildRosterExport(
  members: readonly Member[],
  units: readonly OrgUnit[],
  title: string,
  /** Full 18-character ID numbers only when the user asked for them (the export dialog logs it). */
  options: { fullIdNumbers: boolean } = { fullIdNumbers: false },
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('党员名册');
  setUpColumns(sheet);
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, ROSTER_COLUMN_SPECS.length);
  const titleRow = sheet.getRow(1);
  titleRow.font = { bold: true, size: 16 };
  titleRow.alignment = { horizontal: 'center' };
  sheet.addRow(ROSTER_COLUMN_SPECS.map((spec) => spec.header));
  styleHeader(sheet, 2);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const unitName = (id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? ''));
  for (const member of members) {
    const row = memberRow(member, unitName);
    if (!options.fullIdNumbers && row.idNumber !== '') row.idNumber = maskIdNumber(row.idNumber);
    sheet.addRow(ROSTER_COLUMN_SPECS.map((spec) => row[spec.field]));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Rows that could not be imported, every cell as the user typed it (dates stay dates, numbers stay
 * numbers) under the sheet's own header, with the reasons in a last column: fix and re-import.
 */
export async function buildImportErrorWorkbook(
  rows: readonly { sheetName: string; cells: readonly SheetCell[]; problems: readonly string[] }[],
  headers: Readonly<Record<string, readonly string[]>>,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const bySheet = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) bySheet.set(row.sheetName, [...(bySheet.get(row.sheetName) ?? []), row]);
  const used = new Set<string>();
  for (const [sheetName, sheetRows] of bySheet) {
    const header = headers[sheetName] ?? [];
    const width = Math.max(header.length, ...sheetRows.map((row) => row.cells.length));
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    let title = (bySheet.size === 1 ? '需修改的行' : sheetName).replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '工作表';
    while (used.has(title)) title = `${title}_`;
    used.add(title);
    const sheet = workbook.addWorksheet(title);
    sheet.columns = [
      ...Array.from({ length: width }, (_unused, column) => ({
        width: Math.max(10, (header[column] ?? '').length * 2 + 4),
      })),
      { width: 60 },
    ];
    sheet.addRow([...Array.from({ length: width }, (_unused, column) => header[column] ?? ''), '错误原因']);
    styleHeader(sheet, 1);
    for (const row of sheetRows) {
      const added = sheet.addRow([
        ...Array.from({ length: width }, (_unused, column) => row.cells[column] ?? null),
        row.problems.join('\n'),
      ]);
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        // Text that looks like a number (an ID number) stays text.
        else if (typeof cell.value === 'string') cell.numFmt = '@';
      });
      added.getCell(width + 1).font = { color: { argb: 'FFC00000' } };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
