import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

const HOW = /即将打开打印窗口：请在“目标打印机”处选择“另存为 PDF”/;

/** Presses 另存为 PDF on a print page and reads what the office sees before the print window opens. */
async function saveAsPdfExplains(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
  });
  await page.getByRole('button', { name: '另存为 PDF' }).click();
  const hint = page.getByText(HOW);
  await expect(hint).toBeVisible();
  // The print window opens after the words were on screen, not before.
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.keyboard.press('Escape');
}

test('in browser mode every 另存为 PDF says the print window opens and to choose 另存为 PDF there', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await loadSampleData(page);

  // 签到表 and 会议记录 of an activity.
  await page.goto('/#/activities');
  await page.getByRole('table', { name: '活动列表' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]+$/);
  const activityUrl = page.url();
  await page.getByRole('main').getByRole('link', { name: '签到表', exact: true }).click();
  await saveAsPdfExplains(page);
  await page.goto(activityUrl);
  await page.getByRole('main').getByRole('link', { name: '打印会议记录' }).click();
  await expect(page).toHaveURL(/#\/documents\/minutes\//);
  await saveAsPdfExplains(page);

  // A member's 学习记录表.
  await page.goto('/#/members');
  await page.getByRole('table', { name: '党员名册' }).getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/members\/[0-9a-f-]+$/);
  await page.getByRole('tab', { name: '学习档案' }).click();
  await page.getByRole('link', { name: '打印学习记录表' }).click();
  await expect(page).toHaveURL(/#\/documents\/study-record\//);
  await saveAsPdfExplains(page);
});
