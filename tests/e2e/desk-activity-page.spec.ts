import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

test('an activity opens at its top, its buttons say what they do, and 另存为 PDF explains itself', async ({ page }) => {
  // The browser's print dialog is not part of the test.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await loadSampleData(page);
  await page.goto('/#/activities');
  await page.getByRole('table', { name: '活动列表' }).getByRole('link').first().click();
  await expect(page.getByRole('tab', { name: '考勤录入' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

  // Saving to the ledger and writing a file are named apart.
  await expect(page.getByRole('button', { name: '导出签到表 Word' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出会议记录 Word' })).toBeVisible();
  await page.getByRole('tab', { name: '会议记录' }).click();
  await expect(page.getByRole('button', { name: /保存会议记录/ })).toHaveCount(1);

  // A member's activities lead to their detail page and 学习档案.
  await page.getByRole('tab', { name: '考勤录入' }).click();
  const memberLink = page.locator('a[href*="#/activities/member/"]').first();
  await memberLink.click();
  await expect(page.getByRole('main').getByRole('link', { name: '学习档案' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '党员详情' }).click();
  await expect(page).toHaveURL(/#\/members\/[0-9a-f-]+$/);

  // In browser mode 另存为 PDF says how: the print window's 另存为 PDF printer.
  await page.goto('/#/activities');
  await page.getByRole('table', { name: '活动列表' }).getByRole('link').first().click();
  await page.getByRole('main').getByRole('link', { name: '签到表', exact: true }).click();
  await page.getByRole('button', { name: '另存为 PDF' }).click();
  await expect(page.getByText(/请在“目标打印机”处选择“另存为 PDF”/)).toBeVisible();
});
