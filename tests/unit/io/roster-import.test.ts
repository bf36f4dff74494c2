import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../renderer/src/db/database';
import { createMember, listAllMembers } from '../../../renderer/src/db/repositories/member-repository';
import { createOrgUnit, listOrgUnits } from '../../../renderer/src/db/repositories/organisation-repository';
import { applyRosterImport } from '../../../renderer/src/db/repositories/roster-import-repository';
import { emptyDraft, validateMemberDraft } from '../../../renderer/src/domain/rules/member-draft';
import { buildRosterExport, buildImportErrorWorkbook } from '../../../renderer/src/io/roster-export/roster-workbook';
import { decodeCsv } from '../../../renderer/src/io/roster-import/csv';
import { buildImportPreview } from '../../../renderer/src/io/roster-import/preview';
import { ImportFileError, readSpreadsheet } from '../../../renderer/src/io/roster-import/read-spreadsheet';
import { buildMessyRoster, MESSY_IDS, validId } from '../../fixtures/messy-roster';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../db/schema-harness';

const TODAY = '2026-06-01';

function requireFields<T>(fields: T | undefined): T {
  if (fields === undefined) throw new Error('test member is invalid');
  return fields;
}

describe('roster import', () => {
  const name = uniqueDatabaseName('import');
  let db: LedgerDatabase;
  let branchOne: string;

  beforeEach(async () => {
    db = await openCurrent(name);
    const committee = await createOrgUnit(db, { kind: 'committee', name: '幸福社区党委' });
    branchOne = (await createOrgUnit(db, { kind: 'branch', name: '第一党支部', parentId: committee.id })).id;
    await createOrgUnit(db, { kind: 'branch', name: '第二党支部', parentId: committee.id });
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  async function preview(bytes: Uint8Array, fileName = 'roster.xlsx') {
    const sheets = await readSpreadsheet(bytes, fileName);
    return buildImportPreview(sheets, await listAllMembers(db), await listOrgUnits(db), {
      createMissingUnits: true,
      today: TODAY,
    });
  }

  it('a messy workbook previews with the right statuses and reasons, and a stored member is matched by ID', async () => {
    const stored = validateMemberDraft(
      { ...emptyDraft(), name: '张三', idNumber: MESSY_IDS.zhangSan, branchId: branchOne },
      TODAY,
    );
    await createMember(db, requireFields(stored.fields));
    const result = await preview(await buildMessyRoster());
    expect(result.counts).toEqual({ new: 3, update: 1, unchanged: 0, error: 1 });
    expect(result.emptyRows).toBe(1);
    expect(result.skipped).toEqual([{ sheetName: '2024年党员花名册', rowNumber: 9, reason: '与前面一行完全相同' }]);
    expect(result.newBranches).toEqual(['第三党支部']);
    const byRow = new Map(result.rows.map((row) => [row.rowNumber, row]));
    expect(byRow.get(5)).toMatchObject({ status: 'update', name: '张三' });
    expect(byRow.get(5)?.changes).toEqual(expect.arrayContaining(['加入党组织日期', '联系电话', '学历']));
    expect(byRow.get(5)?.fields).toMatchObject({ joinDate: '2013-05-28', gender: '男', education: '大学本科' });
    expect(byRow.get(6)?.problems[0]).toMatch(/^第 6 行 公民身份证号：身份证号被存成了数字，末尾几位已丢失/);
    // A bad phone is no wrong fact: the row imports, the number goes to 备注 with a warning.
    expect(byRow.get(7)).toMatchObject({ status: 'new', problems: [] });
    expect(byRow.get(7)?.warnings).toEqual(['联系电话“1380013800”手机号应为 11 位，现为 10 位：已移入备注']);
    expect(byRow.get(7)?.fields).toMatchObject({ note: '联系电话：1380013800', toVerify: byRow.get(7)?.warnings });
    expect(byRow.get(7)?.fields?.phone).toBeUndefined();
    expect(byRow.get(10)?.fields).toMatchObject({
      birthDate: '1960-03-05',
      joinDate: '1985-07-01',
      floating: true,
      floatingTo: { province: '广东省', city: '深圳市', county: '南山区' },
    });
    expect(byRow.get(11)?.fields).toMatchObject({ joinDate: '2013-05-01', education: '大学专科', gender: '女' });
  });

  it('confirming writes everything in one go; the same file again changes nothing', async () => {
    const bytes = await buildMessyRoster();
    const first = await preview(bytes);
    const written = await applyRosterImport(db, first);
    expect(written).toEqual({ created: 4, updated: 0, unitsCreated: 1 });
    const members = await listAllMembers(db);
    expect(members.map((member) => member.name).sort()).toEqual(['张三', '王五', '赵六', '钱七']);
    expect(members.find((member) => member.name === '赵六')?.nameInitials).toBe('zl');
    const again = await preview(bytes);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 4, error: 1 });
    expect(again.newBranches).toEqual([]);
  });

  it('a blank cell never overwrites a stored value', async () => {
    const stored = validateMemberDraft(
      {
        ...emptyDraft(),
        name: '张三',
        idNumber: MESSY_IDS.zhangSan,
        branchId: branchOne,
        address: '幸福路 1 号',
        phone: '13800138000',
      },
      TODAY,
    );
    await createMember(db, requireFields(stored.fields));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '身份证号码', '家庭住址', '联系电话', '所在党支部']);
    sheet.addRow(['张三', MESSY_IDS.zhangSan, null, '', '']);
    const result = await preview(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.rows[0]).toMatchObject({ status: 'unchanged' });
  });

  it('an export of the roster re-imports as unchanged', async () => {
    await applyRosterImport(db, await preview(await buildMessyRoster()));
    const bytes = await buildRosterExport(await listAllMembers(db), await listOrgUnits(db), '党员名册', {
      fullIdNumbers: true,
    });
    const again = await preview(bytes);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 4, error: 0 });
  });

  it('error rows are saved as a workbook that keeps every cell as typed and the reasons', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['序号', '姓名', '身份证号', '入党时间', '所在党支部']);
    sheet.addRow([1, '李四', `${MESSY_IDS.zhangSan.slice(0, 17)}0`, new Date(Date.UTC(2001, 6, 1)), '第一党支部']);
    sheet.addRow([2, '周八', null, new Date(Date.UTC(2030, 0, 1)), '第一党支部']);
    const result = await preview(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.counts.error).toBe(2);
    const bytes = await buildImportErrorWorkbook(
      result.rows.filter((row) => row.status === 'error'),
      result.headers,
    );
    const rows = (await readSpreadsheet(bytes, 'errors.xlsx'))[0]?.rows ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['序号', '姓名', '公民身份证号', '加入党组织日期', '所在党支部', '错误原因']);
    expect(rows[1]?.slice(0, 5)).toEqual([
      1,
      '李四',
      `${MESSY_IDS.zhangSan.slice(0, 17)}0`,
      new Date(Date.UTC(2001, 6, 1)),
      '第一党支部',
    ]);
    expect(String(rows[1]?.at(-1))).toContain('校验位错误');
    expect(String(rows[2]?.at(-1))).toContain('日期不能晚于今天');
    // Fixed and imported again, the file is read like the original.
    expect((await preview(bytes)).rows.map((row) => row.name)).toEqual(['李四', '周八']);
  });

  it('an update keeps the stored record, changes only the filled cells and restores from the recycle bin', async () => {
    const stored = validateMemberDraft(
      { ...emptyDraft(), name: '张三', idNumber: MESSY_IDS.zhangSan, branchId: branchOne, address: '幸福路 1 号' },
      TODAY,
    );
    const member = await createMember(db, requireFields(stored.fields));
    await db.members.update(member.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
    const text = `姓名,身份证号,联系电话,所在党支部\r\n张三,${MESSY_IDS.zhangSan},13800138000,第一党支部\r\n`;
    const result = await preview(new TextEncoder().encode(text), 'update.csv');
    expect(result.rows[0]).toMatchObject({ status: 'update', existingId: member.id, restores: true });
    expect(await applyRosterImport(db, result)).toEqual({ created: 0, updated: 1, unitsCreated: 0 });
    const after = await db.members.get(member.id);
    expect(after).toMatchObject({ phone: '13800138000', address: '幸福路 1 号', createdAt: member.createdAt });
    expect(after?.deletedAt).toBeUndefined();
  });

  it('a large sheet is written in slices within one transaction: every row lands, the log has summary lines only', async () => {
    const rows = 2300;
    const lines = ['姓名,公民身份号码,所在党支部,加入党组织日期,转为正式党员日期'];
    for (let index = 0; index < rows; index += 1) {
      const id = validId(
        `110105198001${String(1 + (index % 28)).padStart(2, '0')}${String(index).padStart(3, '0').slice(-3)}`,
      );
      lines.push(`成员${index},${id},第${1 + (index % 3)}党支部,2005-07-01,2006-07-01`);
    }
    const unique = new Set(lines.slice(1).map((line) => line.split(',')[1]));
    const result = await preview(new TextEncoder().encode(lines.join('\r\n')), 'big.csv');
    expect(result.counts.new).toBe(unique.size);
    const written = await applyRosterImport(db, result);
    expect(written.created).toBe(unique.size);
    expect(await db.members.count()).toBe(unique.size);
    expect(await db.memberEvents.count()).toBe(unique.size * 2);
    const memberLines = (await db.changeLog.toArray()).filter((entry) => entry.tableName === 'members');
    expect(memberLines.length).toBeLessThanOrEqual(2);
    expect(memberLines.every((entry) => entry.summary.startsWith('批量'))).toBe(true);
  });

  it('CSV with a quoted field is read, and GBK text (as Excel saves it in China) is decoded', async () => {
    const text =
      '\uFEFF姓名,身份证号,所在党支部,家庭住址\r\n张三,' + MESSY_IDS.zhangSan + ',第一党支部,"幸福路 1 号, 2 单元"\r\n';
    const result = await preview(new TextEncoder().encode(text), 'roster.csv');
    expect(result.counts.new).toBe(1);
    expect(result.rows[0]?.fields?.address).toBe('幸福路 1 号, 2 单元');
    expect(decodeCsv(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]))).toBe('张三');
  });

  it('refuses files that are not spreadsheets, empty, without header, a damaged .xls, or over 50 MB', async () => {
    await expect(readSpreadsheet(new Uint8Array(), 'a.xlsx')).rejects.toThrow('是空的');
    await expect(readSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'a.xls')).rejects.toThrow(
      '不是有效的 Excel 97-2003 工作簿',
    );
    await expect(readSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'a.xlsx')).rejects.toThrow(
      '不是有效的 Excel 工作簿',
    );
    await expect(readSpreadsheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]), 'a.pdf')).rejects.toThrow(
      '不是电子表格文件',
    );
    await expect(readSpreadsheet(new Uint8Array(50 * 1024 * 1024 + 1), 'big.xlsx')).rejects.toThrow('超过 50 MB');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['编号', '金额']);
    const sheets = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx');
    expect(() => buildImportPreview(sheets, [], [], { createMissingUnits: true, today: TODAY })).toThrow(
      ImportFileError,
    );
    expect(() => buildImportPreview(sheets, [], [], { createMissingUnits: true, today: TODAY })).toThrow('找不到表头');
    const empty = await readSpreadsheet(
      new Uint8Array(
        await (() => {
          const book = new ExcelJS.Workbook();
          book.addWorksheet('Sheet1');
          return book.xlsx.writeBuffer();
        })(),
      ),
      'empty.xlsx',
    );
    expect(() => buildImportPreview(empty, [], [], { createMissingUnits: true, today: TODAY })).toThrow('表格是空的');
  });
});
