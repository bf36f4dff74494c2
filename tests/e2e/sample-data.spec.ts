import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

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

test('the sample community gives the overview real warnings and the yearly check a ranking', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });

  // 概览: two branches behind on 三会一课, members behind on hours, the elderly listed apart, office set.
  await page.goto('/#/');
  const todo = page.getByTestId('todo-list');
  await expect(todo.locator('[data-kind="meeting-missed"]')).toContainText(/本年度已有 \d+ 次三会一课/, {
    timeout: 30_000,
  });
  await todo
    .locator('[data-kind="meeting-missed"]')
    .getByRole('button', { name: /查看名单/ })
    .click();
  const missed = todo.locator('[data-kind="meeting-missed"] table');
  await expect(missed).toContainText('支部委员会会议');
  await expect(missed).toContainText('党小组会');
  await expect(todo.locator('[data-kind="pace"]').first()).toBeVisible();
  // The 党费 ledger is kept: the few in arrears are named, not the whole community.
  await expect(todo.locator('[data-kind="dues"]').first()).toBeVisible({ timeout: 30_000 });
  const inArrears = await todo
    .locator('[data-kind="dues"]')
    .evaluateAll((lines) => lines.reduce((sum, line) => sum + Number(line.getAttribute('data-count')), 0));
  expect(inArrears).toBeGreaterThanOrEqual(2);
  expect(inArrears).toBeLessThan(20);
  await expect(todo).not.toContainText('请先在“设置”中填写本单位名称');
  await expect(page.getByTestId('exempt-members')).toContainText('送学上门对象');
  expect(await page.getByTestId('home-study-row').count()).toBeGreaterThanOrEqual(3);

  // 统计考核: every branch ranked, the top three with distinct ranks and scores.
  await page.goto('/#/statistics');
  const rows = page.getByTestId('check-table').locator('tbody tr');
  await expect(rows).toHaveCount(5, { timeout: 30_000 });
  const ranks = await rows.locator('td:first-child').allTextContents();
  expect(ranks.slice(0, 3)).toEqual(['1', '2', '3']);
  const scores = (await rows.locator('td:last-child').allTextContents()).map(Number);
  expect(scores[0]).toBeGreaterThan(scores[1] ?? 100);
  expect(scores[1]).toBeGreaterThan(scores[2] ?? 100);
  expect(scores[0]).toBeLessThan(100);
});
