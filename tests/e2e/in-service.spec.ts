import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('an in-service member reports, records service (not before reporting) and gets a feedback sheet', async ({
  page,
}) => {
  const last = new Date().getFullYear() - 1;
  await page.goto('/#/in-service');
  await page.getByRole('button', { name: '登记在职党员报到' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('周明');
  await dialog.getByLabel('工作单位').fill('区税务局');
  await dialog.getByLabel('所在党组织').fill('中共区税务局机关委员会');
  await dialog.getByLabel('居住小区/网格').fill('幸福小区3网格');
  // Typed the way offices write dates; shown and stored as YYYY-MM-DD.
  await dialog.getByLabel('报到日期').fill(`${last}.3.1`);
  await dialog.getByLabel('认领的服务岗位（用顿号分隔）').fill('文明劝导、垃圾分类');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '周明' })).toBeVisible();

  // Before the report date: refused with the reason, nothing written.
  await page.getByLabel('服务日期').fill(`${last}年2月20日`);
  await expect(page.getByText(`服务日期早于报到日期（${last}-03-01）`).first()).toBeVisible();
  await page.getByLabel('服务内容').fill('垃圾分类宣传');
  await page.getByLabel('时长（小时）').fill('2.5');
  await page.getByRole('button', { name: '登记服务' }).click();
  await expect(page.getByRole('alert')).toContainText('早于报到日期');
  await expect(page.getByRole('table', { name: '服务记录' })).toHaveCount(0);

  await page.getByLabel('服务日期').fill(`${last}-03-05`);
  await page.getByLabel('确认人').fill('李梅');
  await page.getByRole('button', { name: '登记服务' }).click();
  await expect(page.getByRole('table', { name: '服务记录' })).toContainText('垃圾分类宣传');
  await expect(page.getByTestId('service-years')).toContainText(`${last}年 2.5 小时（未达 50 小时）`);

  // Not on the roster.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '党员名册' }).click();
  await expect(page.getByText('周明')).toHaveCount(0);
  await page.goBack();

  await page.getByLabel('年度').click();
  await page.getByRole('option', { name: `${last}年` }).click();
  await page.getByLabel('反馈期间').click();
  await page.getByRole('option', { name: '第一季度' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成反馈表（Word）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`周明${last}年第一季度服务情况反馈表.docx`);
  const xml = strFromU8(
    unzipSync(new Uint8Array(await readFile(await download.path())))['word/document.xml'] ?? new Uint8Array(),
  );
  for (const text of [
    '中共区税务局机关委员会：',
    '垃圾分类宣传',
    '文明劝导、垃圾分类',
    `${last}年第一季度累计服务 2.5 小时`,
  ]) {
    expect(xml).toContain(text);
  }
});
