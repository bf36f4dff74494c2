import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { StreetSummary } from '../../renderer/src/domain/entities/street-summary';
import { encodeStreetSummary } from '../../renderer/src/io/street-summary-file';
import { expect, test } from './fixtures';

async function importPackage(page: Page, name: string, buffer: Buffer) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入社区汇总包…' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('a street office imports two communities’ packages and sees them ranked side by side', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });

  // The community's side: its figures as a package, with no personal data in it.
  await page.goto('/#/exchange');
  await page.getByRole('tab', { name: /上报街道/ }).click();
  await page.getByLabel('社区名称').fill('幸福社区');
  const exported = await downloaded(page, () => page.getByRole('button', { name: '导出汇总包（报街道）' }).click());
  expect(exported.name).toMatch(/^幸福社区-\d{4}年度汇总包\.pdsum$/);
  const text = exported.bytes.toString('utf8');
  expect(text).not.toMatch(/\d{17}[\dX]/);
  const envelope = JSON.parse(text) as { summary: StreetSummary };
  expect(envelope.summary.branches.length).toBeGreaterThan(1);

  // A second community, behind on everything (made here the way its own program would write it).
  const behind: StreetSummary = {
    ...envelope.summary,
    community: '和平社区',
    branches: envelope.summary.branches.map((branch) => ({
      ...branch,
      membersReachingTarget: 0,
      attended: Math.floor(branch.attended / 2),
      meetingsHeld: Math.floor(branch.meetingsHeld / 2),
    })),
  };
  const second = Buffer.from(await encodeStreetSummary(behind));

  await page.getByRole('tab', { name: /街道汇总/ }).click();
  await importPackage(page, exported.name, exported.bytes);
  await expect(page.getByText('已导入：幸福社区')).toBeVisible();
  await importPackage(page, '和平社区.pdsum', second);
  await expect(page.getByText('已导入：和平社区')).toBeVisible();

  const ranking = page.getByTestId('street-ranking');
  await expect(ranking.getByRole('row')).toHaveCount(3);
  await expect(ranking.getByRole('row').nth(1)).toContainText('幸福社区');
  await expect(ranking.getByRole('row').nth(2)).toContainText('和平社区');
  await expect(ranking.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('2');
  await expect(page.getByTestId('street-warnings')).toContainText('和平社区');
  await expect(page.getByTestId('street-trend').getByRole('columnheader', { name: '12月' })).toBeVisible();

  // The same package again replaces, never doubles.
  await importPackage(page, '和平社区.pdsum', second);
  await expect(page.getByText('已用新的汇总包替换：和平社区')).toBeVisible();
  await expect(ranking.getByRole('row')).toHaveCount(3);

  // A package edited by hand is refused and nothing changes.
  const edited = Buffer.from(second.toString('utf8').replace('"community":"和平社区"', '"community":"改名社区"'));
  await importPackage(page, '改过的.pdsum', edited);
  await expect(page.getByRole('alert').filter({ hasText: '校验值不符' })).toBeVisible();
  await expect(ranking.getByRole('row')).toHaveCount(3);

  const workbook = await downloaded(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbook.bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('考核排名');
  expect(sheet?.getRow(3).getCell(2).value).toBe('幸福社区');
  expect(sheet?.getRow(4).getCell(2).value).toBe('和平社区');

  const word = await downloaded(page, () => page.getByRole('button', { name: '生成 Word 汇总' }).click());
  expect(word.name).toMatch(/各社区党员教育情况汇总\.docx$/);
  const { unzipSync, strFromU8 } = await import('fflate');
  const xml = strFromU8(unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('各社区党员教育情况汇总');
  expect(xml).toContain('和平社区');
});
