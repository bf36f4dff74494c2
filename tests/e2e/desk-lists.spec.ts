import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

test('the activity list pages through every activity and exports all of them to Excel', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/activities');
  const pager = page.getByText(/^第 1–100 次，共 \d+ 次$/);
  await expect(pager).toBeVisible();
  const total = Number(/共 (\d+) 次/.exec((await pager.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(100);
  const list = page.getByRole('table', { name: '活动列表' });
  await expect(list.locator('tbody tr')).toHaveCount(100);
  await page.getByRole('button', { name: /下一页|Go to next page/ }).click();
  await expect(page.getByText(new RegExp(`^第 101–${Math.min(200, total)} 次，共 ${total} 次$`))).toBeVisible();
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('活动列表.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  // Title row, header row, then one row per activity.
  expect(sheet?.rowCount).toBe(total + 2);
  expect(sheet?.getRow(2).values).toEqual([undefined, '日期', '类型', '主题', '组织单位', '学时', '状态']);
});

test('the archive and the yearly check can be printed', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/archive');
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await page.goto('/#/statistics');
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
});
