import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { renderDocx, squeeze } from '../docs/libreoffice';
import { expect, test } from './fixtures';
import { monthFromNow, seedBranch } from './dues-helpers';

async function setCategory(page: Page, name: string, category: string, base?: string): Promise<void> {
  const row = page.getByTestId('dues-profile-row').filter({ hasText: name });
  await row.getByRole('combobox').click();
  await page.getByRole('option', { name: category, exact: true }).click();
  if (base !== undefined) await page.getByLabel(`${name}的月收入基数`).fill(base);
}

const cell = (page: Page, name: string, month: string) =>
  page.locator(`[data-testid="dues-row"][data-member="${name}"] [data-testid="dues-cell"][data-month="${month}"]`);

test('an office sets categories, ticks a month for everyone, takes a 补交 of four months and a special payment', async ({
  page,
}) => {
  // A whole year's round plus a LibreOffice conversion: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  await seedBranch(page, ['张三', '李四', '王五']);
  // Written past Dexie, so the app reads them after a reload.
  await page.goto('/#/dues');
  await page.reload();
  await expect(page.getByRole('heading', { name: '党费', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: '类别与基数' }).click();
  await page.getByLabel('王五的月收入基数').fill('100');
  await expect(page.getByTestId('dues-profile-row').filter({ hasText: '王五' })).toContainText(
    '填写了基数，请先选择缴费类别',
  );
  await page.getByLabel('王五的月收入基数').fill('');
  await setCategory(page, '张三', '在职', '4500');
  await setCategory(page, '李四', '离退休', '5000');
  await setCategory(page, '王五', '学生');
  await expect(page.getByTestId('dues-profile-row').filter({ hasText: '张三' })).toContainText(
    '4,500.00 × 1% = 45.00 元',
  );
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存 3 名党员的缴费类别和基数')).toBeVisible();

  await page.getByRole('tab', { name: '收缴登记' }).click();
  const now = monthFromNow(0);
  await page.getByTestId('dues-grid').focus();
  await page.keyboard.press('a');
  for (const name of ['张三', '李四', '王五'])
    await expect(cell(page, name, now)).toHaveAttribute('data-state', 'paid');
  await expect(cell(page, '王五', now)).toHaveText('0.20');

  // 补交 of four months for 李四: the dialog starts at the first unpaid month and warns past six months.
  await cell(page, '李四', now).click();
  await page.keyboard.press('b');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('已超过 6 个月');
  await dialog.getByLabel('起始月份').fill(monthFromNow(-4));
  await dialog.getByLabel('截止月份').fill(monthFromNow(-1));
  await expect(dialog.getByTestId('payment-total')).toHaveText('4 个月，合计 100.00 元');
  await expect(dialog).not.toContainText('已超过 6 个月');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toBeHidden();
  for (let offset = -4; offset <= -1; offset += 1) {
    const month = monthFromNow(offset);
    if (month.startsWith(now.slice(0, 4)))
      await expect(cell(page, '李四', month)).toHaveAttribute('data-state', 'paid');
  }

  // A duplicate is refused with the reason and nothing is written.
  await cell(page, '李四', monthFromNow(-1)).click();
  await page.keyboard.press('b');
  await dialog.getByLabel('起始月份').fill(monthFromNow(-1));
  await dialog.getByLabel('截止月份').fill(monthFromNow(-1));
  await expect(dialog).toContainText('的党费已于');
  await expect(dialog.getByRole('button', { name: '登记' })).toBeDisabled();
  // What was typed is not dropped without asking.
  await dialog.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '不保存，离开' }).click();
  await expect(dialog).toBeHidden();

  // 自愿多交 of 1000 元: recorded as special, handed up whole.
  await cell(page, '张三', now).click();
  await page.keyboard.press('b');
  await dialog.getByRole('button', { name: '自愿多交' }).click();
  await dialog.getByLabel('金额（元）').fill('1000');
  await expect(dialog.getByTestId('payment-total')).toContainText('全额上缴');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('dues-grid')).toContainText('另自愿多交 1,000.00');

  // A correction is a reversal: 张三's month is open again.
  await cell(page, '张三', now).click();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog').getByLabel('冲销原因').fill('误登记');
  await page.getByRole('dialog').getByRole('button', { name: '冲销' }).click();
  await expect(cell(page, '张三', now)).toHaveAttribute('data-state', 'owed');

  // The 公示 Word for this month, read back through LibreOffice like the other documents.
  await page.getByRole('tab', { name: '公示、台账与上缴' }).click();
  const noticeDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成收缴公示（Word）' }).click();
  const notice = await noticeDownload;
  const monthLabel = `${now.slice(0, 4)}年${String(Number(now.slice(5, 7)))}月`;
  expect(notice.suggestedFilename()).toBe(`第一党支部${monthLabel}党费收缴情况公示.docx`);
  const pdf = renderDocx(new Uint8Array(readFileSync(await notice.path())), 'e2e-dues-notice');
  expect(pdf.pageSize).toContain('A4');
  const text = squeeze(pdf.text);
  expect(text).toContain(`第一党支部${monthLabel}党费收缴情况公示`);
  // 缴至 counts the unbroken run from the first month owed (January): 李四 still owes the months before the 补交.
  expect(text).toContain('李四—25.00');
  expect(text).toContain('张三—1,000.00');
  expect(text).toContain('合计1,025.20');

  // The yearly ledger's totals: 李四 4 months of 补交 and this month, 王五 this month, 张三 reversed.
  const ledgerDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出年度台账（Excel）' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await ledgerDownload).path());
  const sheet = workbook.worksheets[0];
  const total = sheet?.getRows(1, sheet.rowCount)?.find((row) => row.getCell(2).value === '合计');
  const backPaidThisYear = [-4, -3, -2, -1].filter((o) => monthFromNow(o).startsWith(now.slice(0, 4))).length;
  expect(total?.getCell(17).value).toBe(25 * (backPaidThisYear + 1) + 0.2);

  // The member page shows 李四's history: the 补交 entry, and the months still unpaid before it.
  await page.goto('/#/members/00000000-0000-4000-8000-000000000002');
  await page.getByRole('tab', { name: '党费' }).click();
  const history = page.getByRole('table', { name: '党费缴纳记录' });
  const cn = (m: string) => `${m.slice(0, 4)}年${String(Number(m.slice(5, 7)))}月`;
  await expect(history).toContainText(`${cn(monthFromNow(-4))}至${cn(monthFromNow(-1))}`);
  await expect(history).toContainText('100.00');

  // The overview lists 张三's unpaid months.
  await page.goto('/');
  await expect(page.locator('[data-kind="dues"]').first()).toBeVisible();
});

test('an office imports its old dues sheet: preview, the reasons, confirm', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  await seedBranch(page, ['张三', '李四']);
  await page.goto('/#/dues');
  await page.reload();
  await page.getByRole('tab', { name: '导入' }).click();
  const year = new Date().getFullYear();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党费');
  sheet.addRow(['姓名', '1月', '2月']);
  sheet.addRow(['张三', 45, 45]);
  sheet.addRow(['赵六', 1, null]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (
    await chooser
  ).setFiles({
    name: '党费.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.getByTestId('dues-import-summary')).toHaveText('“党费.xlsx”：可导入 1 人，有错误 1 人');
  await expect(page.getByRole('table', { name: '党费导入预览' })).toContainText('本支部没有“赵六”');
  await page.getByRole('button', { name: '确认导入 1 人' }).click();
  await expect(page.getByText('已导入 1 名党员的党费记录')).toBeVisible();
  await page.getByRole('tab', { name: '收缴登记' }).click();
  await expect(cell(page, '张三', `${String(year)}-02`)).toHaveAttribute('data-state', 'paid');
  await expect(cell(page, '张三', `${String(year)}-02`)).toHaveText('45.00');
});

test('the rate table is a setting: a local change is kept, a bad threshold is refused, the national table comes back', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: '党费标准与预警' })).toBeVisible();
  await page.getByLabel('未交几个月提醒').fill('7');
  await page.getByRole('button', { name: '保存党费设置' }).click();
  await expect(page.getByText('提醒月数应小于警告月数，警告月数不大于核实月数')).toBeVisible();
  await page.getByLabel('未交几个月提醒').fill('3');
  await page.getByLabel('学生、下岗失业、低保等每月（元）').fill('0.5');
  await page.getByRole('button', { name: '保存党费设置' }).click();
  await expect(page.getByText('党费设置已保存')).toBeVisible();
  await expect(page.getByLabel('学生、下岗失业、低保等每月（元）')).toHaveValue('0.5');
  await page.getByRole('button', { name: '恢复全国标准' }).click();
  await expect(page.getByLabel('学生、下岗失业、低保等每月（元）')).toHaveValue('0.2');
});
