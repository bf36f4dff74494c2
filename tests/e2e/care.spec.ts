import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { addBranchMember, savedFile } from './ledger-helpers';
import { buildOrganisation } from './roster-helpers';

test.describe.configure({ timeout: 180_000 });

test('a 七一 care round: the list worked through with progress, a negative amount refused, the 签收表 printed', async ({
  page,
}) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  for (const name of ['韩老', '孙梅']) await addBranchMember(page, name);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关怀帮扶' }).click();
  await page.getByRole('tab', { name: /关怀对象/ }).click();
  for (const [name, kind] of [
    ['韩老', '老党员'],
    ['孙梅', '困难党员'],
  ] as const) {
    await page.getByRole('combobox', { name: '党员' }).fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await page.getByRole('checkbox', { name: kind, exact: true }).check();
    await page.getByRole('button', { name: '加入关怀对象' }).click();
    await expect(page.getByRole('table', { name: '关怀对象' })).toContainText(name);
  }

  await page.getByRole('tab', { name: '走访慰问' }).click();
  await page.getByRole('button', { name: '新建走访慰问批次' }).click();
  await expect(page.getByTestId('care-progress')).toContainText('已走访 0 / 2');

  const row = page.getByTestId('care-row').filter({ hasText: '韩老' });
  await row.getByRole('button', { name: '登记走访' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('走访人').fill('李梅、王书记');
  await dialog.getByLabel('慰问品').fill('米、油');
  await dialog.getByLabel('慰问金（元）').fill('-5');
  await expect(dialog.getByText('金额不能为负数')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await dialog.getByLabel('慰问金（元）').fill('500');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('care-progress')).toContainText('已走访 1 / 2，已签收 0，慰问金 500.00 元');
  await row.getByLabel('韩老已签收').click();
  await expect(row.getByLabel('韩老已签收')).toBeChecked();
  await expect(page.getByTestId('care-progress')).toContainText('已签收 1');

  const sheet = await savedFile(page, () => page.getByRole('button', { name: '打印慰问签收表（Word）' }).click());
  expect(sheet.name).toMatch(/^\d{4}年七一走访慰问慰问签收表\.docx$/);
  const xml = strFromU8(unzipSync(sheet.bytes)['word/document.xml'] ?? new Uint8Array());
  for (const text of ['韩老', '孙梅', '米、油', '500.00', '党费', '签收', '合计']) expect(xml).toContain(text);
});
