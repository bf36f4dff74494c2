import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSampleData, useLargeType } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

async function tickLabels(page: Page, chart: string): Promise<string[]> {
  const texts = await page
    .getByRole('figure', { name: chart })
    .locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel')
    .allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

async function checkCharts(page: Page) {
  await expect(page.getByRole('figure', { name: '各党支部对比' })).toBeVisible();
  await expect.poll(() => tickLabels(page, '各党支部对比')).toContain('第一党支部');
  await expect.poll(() => tickLabels(page, '月度出勤率')).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
  await expect.poll(async () => (await tickLabels(page, '学时分布')).length).toBe(6);
  for (const name of ['学时分布', '月度出勤率', '各党支部对比']) {
    const figure = page.getByRole('figure', { name });
    // No label is cut with an ellipsis.
    expect((await figure.locator('.MuiChartsAxis-tickLabel').allTextContents()).join('')).not.toContain('…');
  }
  await expect(page.getByRole('figure', { name: '各党支部对比' })).toContainText('百分比（%）');
  await expect(page.getByRole('figure', { name: '各党支部对比' })).toContainText('单位：%');
}

test('the yearly check charts name their branches, months and hour bands, in normal and large type', async ({
  page,
}) => {
  await loadSampleData(page);
  await page.goto('/#/statistics');
  await checkCharts(page);

  // The numbers behind a chart, rounded, with %.
  const figure = page.getByRole('figure', { name: '各党支部对比' });
  await figure.getByRole('button', { name: '数据表' }).click();
  const table = page.getByRole('table', { name: '各党支部对比（数据表）' });
  await expect(table).toContainText('第一党支部');
  const cells = await table.locator('tbody td').allTextContents();
  for (const cell of cells.filter((text) => /\d/.test(text))) expect(cell).toMatch(/^\d{1,3}\.\d%$/);

  // 导出图片 gives a PNG.
  const downloading = page.waitForEvent('download');
  await figure.getByRole('button', { name: '导出图片' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('各党支部对比.png');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);

  // 大字模式 keeps every label.
  await useLargeType(page);
  await page.goto('/#/statistics');
  await checkCharts(page);
});
