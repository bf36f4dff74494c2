import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { buildMessyRoster, MESSY_IDS } from '../fixtures/messy-roster';
import { expect, test } from './fixtures';
import { buildOrganisation, chooseOption } from './roster-helpers';

async function readXlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push(row.values as unknown[]));
  return rows;
}

// Each test builds the organisation through the UI first; on a busy 2-core machine that alone takes 20 s.
test.describe.configure({ timeout: 180_000 });

async function addMember(
  page: Page,
  fields: {
    name: string;
    idNumber?: string;
    phone?: string;
    branch: string;
    group?: string;
    category?: string;
    joinDate?: string;
  },
) {
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(fields.name);
  if (fields.idNumber !== undefined) await dialog.getByLabel('公民身份证号').fill(fields.idNumber);
  if (fields.phone !== undefined) await dialog.getByLabel('联系电话').fill(fields.phone);
  if (fields.category !== undefined) await chooseOption(page, '人员类别', fields.category);
  await chooseOption(page, '所在党支部', fields.branch);
  if (fields.group !== undefined) await chooseOption(page, '党小组', fields.group);
  if (fields.joinDate !== undefined) await dialog.getByLabel('加入党组织日期').fill(fields.joinDate);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已登记 ${fields.name}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

const rows = (page: Page) => page.getByRole('table', { name: '党员名册' }).getByRole('row');

test('members are added, found by name, initials, phone and ID fragment, and filtered', async ({ page }) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await addMember(page, {
    name: '张三',
    idNumber: '11010519491231002x',
    phone: '13800138000',
    branch: '第一党支部',
    group: '第一党小组',
  });
  await addMember(page, {
    name: '单雄信',
    branch: '第二党支部',
    category: '预备党员',
    joinDate: '2025-09-01',
    phone: '023-68881234',
  });
  await addMember(page, { name: '曾国藩', branch: '第二党支部' });
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');
  // The ID number is masked in the table.
  await expect(rows(page).filter({ hasText: '张三' })).toContainText('1101**********002X');

  const search = page.getByLabel('搜索');
  await search.fill('张');
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await search.fill('zs');
  await expect(rows(page).nth(1)).toContainText('张三');
  await search.fill('sxx');
  await expect(rows(page).nth(1)).toContainText('单雄信');
  await search.fill('zeng');
  await expect(rows(page).nth(1)).toContainText('曾国藩');
  await search.fill('8881234');
  await expect(rows(page).nth(1)).toContainText('单雄信');
  await search.fill('1231002');
  await expect(rows(page).nth(1)).toContainText('张三');
  await search.fill('');

  await page.getByLabel('党支部', { exact: true }).click();
  await page.getByRole('option', { name: '第二党支部' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 2 人');
  await page.getByLabel('人员类别').click();
  await page.getByRole('option', { name: '预备党员' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await expect(rows(page).nth(1)).toContainText('单雄信');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');

  // Column chooser: show 工作岗位, hide 联系电话.
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('menuitem').filter({ hasText: '联系电话' }).getByRole('checkbox').uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: '联系电话' })).toHaveCount(0);
});

test('the form explains each problem as it is typed and refuses to save without losing the input', async ({ page }) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('李四');
  await dialog.getByLabel('公民身份证号').fill('110105194912310021');
  await expect(dialog.getByText('身份证号校验位错误，请核对是否有数字录错')).toBeVisible();
  await dialog.getByLabel('联系电话').fill('1380013800');
  await expect(dialog.getByText('手机号应为 11 位，现为 10 位')).toBeVisible();
  await dialog.getByLabel('加入党组织日期').fill('2099-01-01');
  await expect(dialog.getByText('日期不能晚于今天')).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('未保存');
  await expect(dialog.getByLabel('姓名')).toHaveValue('李四');
  await expect(dialog.getByLabel('公民身份证号')).toHaveValue('110105194912310021');

  // Fix everything: birth date and gender come from the ID number.
  await dialog.getByLabel('公民身份证号').fill('11010519491231002X');
  await expect(dialog.getByText('出生日期 1949-12-31，女')).toBeVisible();
  await dialog.getByLabel('联系电话').fill('13800138000');
  await dialog.getByLabel('加入党组织日期').fill('1975-07-01');
  await chooseOption(page, '所在党支部', '第一党支部');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记 李四')).toBeVisible();
});

test('a member is edited, given status events and contact logs, deleted to the recycle bin and restored', async ({
  page,
}) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await addMember(page, { name: '王芳', idNumber: '11010519491231002X', branch: '第一党支部', joinDate: '1975-07-01' });
  await rows(page).filter({ hasText: '王芳' }).click();
  await expect(page.getByRole('heading', { name: '王芳' })).toBeVisible();
  // Full ID on the detail page.
  await expect(page.getByTestId('member-basic-info')).toContainText('11010519491231002X');

  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('联系电话').fill('13912345678');
  await dialog.getByLabel('是否流动党员').check();
  await dialog.getByLabel('外出流向（省）').fill('广东省');
  await dialog.getByLabel('外出流向（市）').fill('深圳市');
  await dialog.getByLabel('流动党员活动证号').fill('LD2024001');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('member-basic-info')).toContainText('13912345678');

  await page.getByRole('tab', { name: '组织关系' }).click();
  await expect(page.getByRole('table', { name: '组织关系记录' })).toContainText('入党');
  await page.getByLabel('事项').click();
  await page.getByRole('option', { name: '转出' }).click();
  await page.getByLabel('转入组织（转到哪里）').fill('中共阳光社区委员会');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByRole('table', { name: '组织关系记录' })).toContainText('至 中共阳光社区委员会');
  await expect(page.getByText('已转出')).toBeVisible();

  await page.getByRole('tab', { name: '流动情况' }).click();
  await expect(page.getByText('广东省 深圳市')).toBeVisible();
  await expect(page.getByText('LD2024001')).toBeVisible();
  await page.getByLabel('联系内容').fill('电话了解近况，已参加当地支部主题党日');
  await page.getByRole('button', { name: '添加联系记录' }).click();
  await expect(page.getByRole('table', { name: '联系记录' })).toContainText('已参加当地支部主题党日');

  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '移入回收站' }).click();
  await expect(page.getByText('王芳 已移入回收站')).toBeVisible();
  await expect(page.getByTestId('roster-count')).toHaveText('共 0 人');
  await page.getByRole('tab', { name: /回收站/ }).click();
  await page.getByRole('button', { name: '恢复 王芳' }).click();
  await expect(page.getByText('已恢复 王芳')).toBeVisible();
  await page.getByRole('tab', { name: /名册/ }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
});

async function chooseImportFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a messy workbook is previewed, imported in one go, re-imported without change, exported and round-tripped', async ({
  page,
}) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await addMember(page, { name: '张三', idNumber: MESSY_IDS.zhangSan, branch: '第一党支部' });

  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入党员' });
  const workbook = Buffer.from(await buildMessyRoster());
  await chooseImportFile(page, { name: '党员花名册.xlsx', mimeType: XLSX, buffer: workbook });
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText('新增 3');
  await expect(counts).toContainText('将更新 1');
  await expect(counts).toContainText('无变化 0');
  await expect(counts).toContainText('有错误 1');
  await expect(counts).toContainText('有提示 1');
  await expect(dialog.getByTestId('import-skipped')).toContainText('与前面一行完全相同 1 行；另有空行 1');
  const preview = dialog.getByRole('table', { name: '导入预览' });
  await expect(preview).toContainText('第 6 行 公民身份证号：身份证号被存成了数字，末尾几位已丢失');
  // A bad phone number is no reason to refuse a member: the row imports with a warning.
  await dialog.getByRole('tab', { name: '有提示' }).click();
  await expect(preview).toContainText('联系电话“1380013800”手机号应为 11 位，现为 10 位：已移入备注');
  await expect(dialog).toContainText('一并创建：第三党支部');

  const errorsDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出错误行（1）' }).click();
  expect((await errorsDownload).suggestedFilename()).toMatch(/^导入错误行-.*\.xlsx$/);

  await dialog.getByRole('button', { name: '确认导入（4 人）' }).click();
  await expect(page.getByText('导入完成：新增 3 人，更新 1 人，新建组织 1 个')).toBeVisible();
  await expect(page.getByTestId('roster-count')).toHaveText('共 4 人');
  await expect(rows(page).filter({ hasText: '钱七' })).toContainText('第三党支部');
  await expect(rows(page).filter({ hasText: '张三' })).toContainText('13800138000');

  // The same file again changes nothing.
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await chooseImportFile(page, { name: '党员花名册.xlsx', mimeType: XLSX, buffer: workbook });
  await expect(counts).toContainText('新增 0');
  await expect(counts).toContainText('无变化 4');
  await expect(dialog.getByRole('button', { name: '确认导入（0 人）' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  // The export asks about ID numbers (masked by default): a masked file shows no full number.
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name: '导出全部党员' }).click();
  const exportDialog = page.getByRole('dialog', { name: /导出党员名册/ });
  await expect(exportDialog.getByLabel('包含完整身份证号（将记入操作日志）')).not.toBeChecked();
  const maskedDownload = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: '导出', exact: true }).click();
  const maskedSheet = await readXlsxRows(await readFile(await (await maskedDownload).path()));
  expect(JSON.stringify(maskedSheet)).toMatch(/\d{4}\*{10}[\dX]{4}/);
  expect(JSON.stringify(maskedSheet)).not.toMatch(/\d{17}[\dX]/);

  // Export the full roster and import it back: every row unchanged; the full export is logged.
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name: '导出全部党员' }).click();
  await exportDialog.getByLabel('包含完整身份证号（将记入操作日志）').check();
  const exportDownload = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: '导出', exact: true }).click();
  const exported = await exportDownload;
  const exportedBytes = await readFile(await exported.path());
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await chooseImportFile(page, { name: exported.suggestedFilename(), mimeType: XLSX, buffer: exportedBytes });
  await expect(counts).toContainText('无变化 4');
  await expect(counts).toContainText('有错误 0');
  await expect(counts).toContainText('新增 0');
});

test('files that are not usable rosters are refused with a clear reason and nothing is written', async ({ page }) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const problem = page.getByTestId('import-problem');
  await chooseImportFile(page, {
    name: '旧名册.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await expect(problem).toContainText('不是有效的 Excel 97-2003 工作簿');
  await chooseImportFile(page, { name: '空.xlsx', mimeType: XLSX, buffer: Buffer.alloc(0) });
  await expect(problem).toContainText('是空的');
  await chooseImportFile(page, {
    name: '照片.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  });
  await expect(problem).toContainText('不是电子表格文件');
  await chooseImportFile(page, { name: '工资.csv', mimeType: 'text/csv', buffer: Buffer.from('编号,金额\n1,2\n') });
  await expect(problem).toContainText('找不到表头');
  await expect(problem).toContainText('名册没有任何改动');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 0 人');
});

test('the template downloads with the exact columns', async ({ page }) => {
  await page.goto('/#/members');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载模板' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('党员名册导入模板.xlsx');
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await file.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const header = workbook.getWorksheet('党员名册')?.getRow(1).values as unknown[];
  expect(header.slice(1, 5)).toEqual(['姓名', '性别', '民族', '公民身份证号']);
  expect(header).toContain('所在党支部');
  expect(header).toContain('流动党员活动证号');
});
