import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSampleData, useLargeType } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

/** Cells whose text is wider than the cell: cut with … or hidden past the edge. */
async function cutCells(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: '党员名册' });
  return table.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('[role=cell], [role=columnheader]')]
      .filter((cell) => !cell.classList.contains('roster-cell-cut') && cell.scrollWidth > cell.clientWidth)
      .map((cell) => cell.textContent),
  );
}

test('at 1024×768 in 大字模式 the roster cuts no name, ID, phone or date and scrolls sideways on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await loadSampleData(page);
  await useLargeType(page);
  await page.goto('/#/members');
  const table = page.getByRole('table', { name: '党员名册' });
  await expect(table.getByRole('row').nth(5)).toBeVisible();
  expect(await cutCells(page)).toEqual([]);
  // Headers stay on one line (no "人员类\\n别").
  const headerHeights = await table
    .getByRole('columnheader')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
  expect(Math.max(...headerHeights) - Math.min(...headerHeights)).toBeLessThan(2);
  // Rows are taller in big type, and the table's own sideways scroll bar is inside the window.
  const rowHeight = await table
    .getByRole('row')
    .nth(1)
    .evaluate((row) => row.getBoundingClientRect().height);
  expect(rowHeight).toBeGreaterThanOrEqual(52);
  const frame = await table.evaluate((element) => ({
    bottom: element.getBoundingClientRect().bottom,
    scrolls: element.scrollWidth > element.clientWidth,
  }));
  expect(frame.bottom).toBeLessThanOrEqual(768);
  expect(frame.scrolls).toBe(true);
  await table.evaluate((element) => element.scrollBy({ left: 2000 }));
  await expect(table.getByRole('columnheader', { name: '状态' })).toBeInViewport();
  expect(await cutCells(page)).toEqual([]);
});

test('the column chooser remembers a choice for narrow and for wide windows apart', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await loadSampleData(page);
  await page.goto('/#/members');
  const table = page.getByRole('table', { name: '党员名册' });
  // Narrow: fewer columns by default.
  await expect(table.getByRole('columnheader', { name: '学历' })).toHaveCount(0);
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('menuitem').filter({ hasText: '学历' }).getByRole('checkbox').check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: '学历' })).toHaveCount(1);

  await page.setViewportSize({ width: 1366, height: 860 });
  await expect(table.getByRole('columnheader', { name: '性别' })).toHaveCount(1);
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('menuitem').filter({ hasText: '学历' }).getByRole('checkbox').uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: '学历' })).toHaveCount(0);

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(table.getByRole('columnheader', { name: '学历' })).toHaveCount(1);
  await page.reload();
  await expect(table.getByRole('columnheader', { name: '学历' })).toHaveCount(1);
});
