import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../renderer/src/db/database';
import { confirmMemberChecks, listAllMembers } from '../../../renderer/src/db/repositories/member-repository';
import { createOrgUnit, listOrgUnits } from '../../../renderer/src/db/repositories/organisation-repository';
import { applyRosterImport } from '../../../renderer/src/db/repositories/roster-import-repository';
import { memberDateText } from '../../../renderer/src/domain/rules/date-precision';
import type { PreviewOptions } from '../../../renderer/src/io/roster-import/preview';
import { buildImportPreview } from '../../../renderer/src/io/roster-import/preview';
import { readSpreadsheet } from '../../../renderer/src/io/roster-import/read-spreadsheet';
import { loadDivisions } from '../../../renderer/src/io/divisions';
import {
  buildOfficeRosterXls,
  buildOfficeRosterXlsx,
  OFFICE_GOOD_NAMES,
  OFFICE_IDS,
} from '../../fixtures/office-roster';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../db/schema-harness';

const TODAY = '2026-06-01';

describe('a roster kept the way offices keep it', () => {
  const name = uniqueDatabaseName('office-import');
  let db: LedgerDatabase;

  beforeEach(async () => {
    db = await openCurrent(name);
    const committee = await createOrgUnit(db, { kind: 'committee', name: '幸福社区党委' });
    await createOrgUnit(db, { kind: 'branch', name: '第一党支部', parentId: committee.id });
    await createOrgUnit(db, { kind: 'branch', name: '第二党支部', parentId: committee.id });
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  async function preview(bytes: Uint8Array, fileName: string, options: Partial<PreviewOptions> = {}) {
    const sheets = await readSpreadsheet(bytes, fileName);
    return buildImportPreview(sheets, await listAllMembers(db), await listOrgUnits(db), {
      createMissingUnits: true,
      today: TODAY,
      divisions: await loadDivisions(),
      ...options,
    });
  }

  it('imports every good row; only the bad ID is refused; totals, footers and repeated headers are skipped', async () => {
    const result = await preview(await buildOfficeRosterXlsx(), 'roster.xlsx');
    expect(result.counts).toEqual({ new: 7, update: 0, unchanged: 0, error: 1 });
    expect(result.rows.filter((row) => row.status === 'new').map((row) => row.name)).toEqual(OFFICE_GOOD_NAMES);
    const refused = result.rows.find((row) => row.status === 'error');
    expect(refused?.name).toBe('郑错');
    expect(refused?.problems.join()).toContain('校验位错误');
    expect(result.skipped.map((row) => `${row.sheetName}:${row.rowNumber}:${row.reason}`)).toEqual([
      '第一党支部:6:重复的表头',
      '第一党支部:9:合计/小计行',
      '第一党支部:10:填表人/审核人落款',
      '二支部:7:人数统计行',
      '二支部:8:合计/小计行',
    ]);
    expect(result.sheets.map((sheet) => [sheet.name, sheet.rowCount, sheet.branchName])).toEqual([
      ['第一党支部', 7, '第一党支部'],
      ['二支部', 6, '二支部'],
    ]);
    // 二支部 is offered as 第二党支部, never created silently.
    expect(result.branchMatches).toEqual([{ typed: '二支部', matched: '第二党支部', accepted: true }]);
    expect(result.newBranches).toEqual([]);
  });

  it('month-only dates are kept as months; the ID number wins over the sheet with a warning', async () => {
    const result = await preview(await buildOfficeRosterXlsx(), 'roster.xlsx');
    const row = (who: string) => result.rows.find((one) => one.name === who);
    // 1954.09 agrees with the ID at month precision: no warning; the ID's full date is stored.
    expect(row('张建国')?.fields).toMatchObject({
      birthDate: '1954-09-15',
      joinDate: '1985-06-01',
      fullMemberDate: '1986-06-01',
      monthOnlyDates: ['joinDate', 'fullMemberDate'],
      ethnicity: '汉族',
      education: '大学本科',
      phone: '13800138000',
      nativePlace: '北京市朝阳区',
    });
    expect(row('张建国')?.warnings).toEqual([]);
    // 1954.1 in a number cell is October; the Excel date stays a full date; 1981年7月 is a month.
    expect(row('李秀英')?.fields).toMatchObject({
      birthDate: '1954-10-03',
      joinDate: '1980-07-01',
      fullMemberDate: '1981-07-01',
      monthOnlyDates: ['fullMemberDate'],
      education: '中专',
      phone: '13900139000',
      note: '其他电话：023-68881234',
      floating: true,
      floatingTo: { province: '广东省', city: '深圳市', county: '南山区' },
    });
    expect(row('王小明')?.status).toBe('new');
    expect(row('王小明')?.warnings).toEqual([
      '出生日期按身份证号为准（表中为 1954.09）',
      '性别按身份证号为准（表中为女）',
    ]);
    expect(row('王小明')?.fields).toMatchObject({
      idNumber: OFFICE_IDS.wang,
      birthDate: '1960-02-14',
      gender: '男',
      ethnicity: '回族',
      floatingTo: { province: '江苏省', city: '苏州市', county: '昆山市' },
      toVerify: ['出生日期按身份证号为准（表中为 1954.09）', '性别按身份证号为准（表中为女）'],
    });
    expect(row('赵卫东')?.fields).toMatchObject({ category: '预备党员', joinDate: '2025-03-01' });
    // No ID: the month is all that is known, and it prints as a month.
    const zhou = row('周强')?.fields;
    expect(zhou).toMatchObject({
      birthDate: '1975-03-01',
      monthOnlyDates: ['birthDate', 'joinDate', 'fullMemberDate'],
    });
    expect(zhou === undefined ? '' : memberDateText(zhou, 'birthDate')).toBe('1975.03');
    expect(row('周强')?.warnings).toEqual(['外出流向“外地打工”无法拆分为省/市/县：已原样保存']);
    expect(row('吴敏')?.fields?.floatingTo).toEqual({ province: '重庆市', city: '重庆市', county: '渝中区' });
    expect(result.withWarnings).toBe(2);
  });

  it('warnings stay on the member until confirmed; the same file again changes nothing', async () => {
    const bytes = await buildOfficeRosterXlsx();
    await applyRosterImport(db, await preview(bytes, 'roster.xlsx'));
    const members = await listAllMembers(db);
    const units = await listOrgUnits(db);
    const wang = members.find((member) => member.name === '王小明');
    expect(wang?.toVerify).toHaveLength(2);
    expect(units.find((unit) => unit.id === members.find((m) => m.name === '孙丽')?.branchId)?.name).toBe('第二党支部');
    const again = await preview(bytes, 'roster.xlsx');
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 7, error: 1 });
    await confirmMemberChecks(db, wang?.id ?? '');
    expect((await db.members.get(wang?.id ?? ''))?.toVerify).toBeUndefined();
  });

  it('the legacy .xls twin imports the same members as the .xlsx', async () => {
    const fromXlsx = await preview(await buildOfficeRosterXlsx(), 'roster.xlsx');
    const fromXls = await preview(buildOfficeRosterXls(), 'roster.xls');
    expect(fromXls.counts).toEqual(fromXlsx.counts);
    expect(fromXls.skipped).toEqual(fromXlsx.skipped);
    expect(fromXls.rows.map((row) => [row.name, row.status, row.fields, row.warnings])).toEqual(
      fromXlsx.rows.map((row) => [row.name, row.status, row.fields, row.warnings]),
    );
  });

  it('a declined branch match is a new branch; an unticked sheet is not read', async () => {
    const result = await preview(await buildOfficeRosterXlsx(), 'roster.xlsx', {
      declinedBranchMatches: ['二支部'],
      sheets: ['二支部'],
    });
    expect(result.newBranches).toEqual(['二支部']);
    expect(result.rows.map((row) => row.name)).toEqual(['孙丽', '周强', '吴敏', '郑错']);
  });

  it('a group under a branch matched by another spelling is created in the stored branch', async () => {
    const text = '姓名,所在党支部,党小组\r\n孙丽,二支部,第三党小组\r\n';
    const result = await preview(new TextEncoder().encode(text), 'groups.csv');
    expect(result.rows[0]).toMatchObject({ status: 'new', branchName: '第二党支部' });
    expect(result.newGroups).toEqual([{ branch: '第二党支部', group: '第三党小组' }]);
    await applyRosterImport(db, result);
    const units = await listOrgUnits(db);
    const group = units.find((unit) => unit.name === '第三党小组');
    expect(units.find((unit) => unit.id === group?.parentId)?.name).toBe('第二党支部');
  });
});
