import type { Page } from '@playwright/test';
import { buildOfficeRosterXls, buildOfficeRosterXlsx } from '../fixtures/office-roster';
import { expect, test } from './fixtures';
import { buildOrganisation } from './roster-helpers';

// The organisation is built through the UI first; on a busy 2-core machine that alone takes 20 s.
test.describe.configure({ timeout: 180_000 });

async function chooseImportFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

const rows = (page: Page) => page.getByRole('table', { name: '党员名册' }).getByRole('row');

test('a roster kept the way offices keep it imports whole; doubts stay on the member until confirmed; its .xls twin is the same', async ({
  page,
}) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入党员' });
  await chooseImportFile(page, {
    name: '党员花名册（按支部）.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await buildOfficeRosterXlsx()),
  });
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText('新增 7');
  await expect(counts).toContainText('有错误 1');
  await expect(counts).toContainText('有提示 2');
  await expect(dialog.getByTestId('import-sheets')).toContainText('第一党支部（7 行，支部：第一党支部）');
  await expect(dialog.getByTestId('import-sheets')).toContainText('二支部（6 行，支部：二支部）');
  await expect(dialog.getByTestId('import-skipped')).toContainText(
    '已跳过 5 行：重复的表头 1 行，合计/小计行 2 行，填表人/审核人落款 1 行，人数统计行 1 行',
  );
  await expect(dialog.getByTestId('import-branch-matches')).toContainText('“二支部”即“第二党支部”');
  const preview = dialog.getByRole('table', { name: '导入预览' });
  // Only the wrong fact is refused.
  await expect(preview.getByRole('row').filter({ hasText: '郑错' })).toContainText('校验位错误');
  await dialog.getByRole('tab', { name: '有提示' }).click();
  await expect(preview.getByRole('row').filter({ hasText: '王小明' })).toContainText(
    '出生日期按身份证号为准（表中为 1954.09）',
  );
  await expect(preview.getByRole('row').filter({ hasText: '王小明' })).toContainText('性别按身份证号为准（表中为女）');
  await expect(preview.getByRole('row').filter({ hasText: '周强' })).toContainText('外出流向“外地打工”无法拆分');
  await dialog.getByRole('button', { name: '确认导入（7 人）' }).click();
  await expect(page.getByText('导入完成：新增 7 人，更新 0 人')).toBeVisible();
  await expect(page.getByTestId('roster-count')).toHaveText('共 7 人');
  await expect(rows(page).filter({ hasText: '孙丽' })).toContainText('第二党支部');
  await expect(rows(page).filter({ hasText: '李秀英' })).toContainText('是（广东省深圳市）');

  // 待核实 lists the two members the import doubted.
  await page.getByLabel('待核实').click();
  await page.getByRole('option', { name: '待核实' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 2 人');
  await expect(rows(page).filter({ hasText: '王小明' })).toContainText('待核实 2 项');

  // A month-only birth prints as the month on the member page.
  await rows(page).filter({ hasText: '周强' }).getByText('周强').click();
  await expect(page.getByTestId('member-basic-info')).toContainText('1975.03');
  await expect(page.getByTestId('member-to-verify')).toContainText('外出流向“外地打工”无法拆分为省/市/县');
  await page.goto('/#/members');

  await rows(page).filter({ hasText: '王小明' }).getByText('王小明').click();
  const notice = page.getByTestId('member-to-verify');
  await expect(notice).toContainText('出生日期按身份证号为准（表中为 1954.09）');
  await notice.getByRole('button', { name: '确认' }).click();
  await expect(notice).toBeHidden();
  await page.goto('/#/members');
  await page.getByLabel('待核实').click();
  await page.getByRole('option', { name: '待核实' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');

  // The legacy .xls twin holds the same members: nothing new, nothing changed but the confirmed doubt.
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await chooseImportFile(page, {
    name: '党员花名册（按支部）.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from(buildOfficeRosterXls()),
  });
  await expect(counts).toContainText('新增 0');
  await expect(counts).toContainText('有错误 1');
  await expect(counts).toContainText('无变化 6');
  await expect(counts).toContainText('将更新 1');
});
