import { expect, test } from './fixtures';

test('示例数据 loads into an empty store, survives a reload, and is cleared exactly', async ({ page }) => {
  await page.goto('/#/settings');
  const card = page.getByTestId('sample-data-card');
  await card.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入：.*党员 120/)).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText('党员 120 人');

  await page.reload();
  await expect(card.getByRole('button', { name: '清除示例数据' })).toBeVisible();

  await card.getByRole('button', { name: '清除示例数据' }).click();
  await page.getByRole('button', { name: '确认清除' }).click();
  await expect(page.getByText(/示例数据已清除：.*党员 120/)).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole('button', { name: '载入示例数据' })).toBeVisible();
});
