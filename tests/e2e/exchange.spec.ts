import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { ExchangePackage } from '../../renderer/src/domain/entities/exchange';
import { decodeExchangePackage } from '../../renderer/src/io/exchange-file';
import { dumpActiveDatabase } from './backup-helpers';
import { expect, test } from './fixtures';

async function newDesk(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  return context.newPage();
}

async function nameDesk(page: Page, name: string, scope?: string): Promise<string> {
  await page.goto('/#/exchange');
  await page.getByLabel('本机名称').fill(name);
  if (scope !== undefined) {
    await page.getByLabel('本机所管范围').click();
    await page.getByRole('option', { name: scope }).click();
  }
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('本机交换信息已保存')).toBeVisible();
  const code = (await page.getByTestId('desk-code').locator('strong').textContent()) ?? '';
  expect(code).toMatch(/^[0-9a-f-]{36}$/);
  return code;
}

async function register(page: Page, name: string, code: string, scope: string) {
  await page.getByLabel('对方名称').fill(name);
  await page.getByLabel('对方登记码').fill(code);
  await page.getByLabel('对方所管范围').click();
  await page.getByRole('option', { name: scope }).click();
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText(`已登记：${name}`)).toBeVisible();
}

async function sendTo(page: Page, partner: string): Promise<{ name: string; bytes: Buffer; pkg: ExchangePackage }> {
  await page.goto('/#/exchange');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `生成给“${partner}”的交换包` }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, pkg: await decodeExchangePackage(bytes, 'x.pdx') };
}

async function importFile(page: Page, file: { name: string; bytes: Buffer }) {
  await page.goto('/#/exchange');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入交换包…' }).click();
  await (await choosing).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
}

async function editPhone(page: Page, memberId: string, phone: string) {
  await page.goto(`/#/members/${memberId}`);
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('联系电话').fill(phone);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
}

test('a branch desk works apart, its attendance reaches the community, and a conflict is decided in the UI', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const community = page;
  await community.goto('/#/settings');
  await community.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(community.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });
  const branchName = '第一党支部';
  const communityCode = await nameDesk(community, '社区办公室');

  const branch = await newDesk(browser, baseURL ?? '');
  const branchCode = await nameDesk(branch, `${branchName}书记`);
  await register(community, `${branchName}书记`, branchCode, `只管${branchName}`);
  await register(branch, '社区办公室', communityCode, '全社区');

  // The community sends the branch its branch, and nothing of the others.
  const first = await sendTo(community, `${branchName}书记`);
  const members = first.pkg.tables['members'] ?? [];
  expect(members.length).toBeGreaterThan(0);
  await importFile(branch, first);
  const preview = branch.getByTestId('exchange-preview');
  await expect(preview).toContainText(`新增 ${Object.values(first.pkg.tables).flat().length} 条`);
  await branch.getByRole('button', { name: '确认导入' }).click();
  await expect(branch.getByText(/已导入“社区办公室”的第 1 号交换包/)).toBeVisible();
  // The same package again changes nothing.
  await importFile(branch, first);
  await expect(branch.getByRole('alert').filter({ hasText: '已经导入过' })).toBeVisible();

  // On the branch desk: a meeting's attendance is taken, and a member's phone changed on both desks.
  const held = (first.pkg.tables['activities'] ?? []).find((activity) => activity['status'] === 'held');
  const activityId = String(held?.['id']);
  await branch.goto(`/#/activities/${activityId}`);
  await branch.getByRole('tab', { name: '考勤录入' }).click();
  await branch.getByRole('grid', { name: '考勤名单' }).focus();
  await branch.keyboard.press('4');
  await branch.keyboard.press('Control+s');
  await expect(branch.getByText(/考勤已保存/)).toBeVisible();
  const memberId = String(members[0]?.['id']);
  await editPhone(branch, memberId, '13900000001');
  await editPhone(community, memberId, '13700000002');

  const back = await sendTo(branch, '社区办公室');
  expect(back.pkg.tables['attendance']?.length).toBeGreaterThan(0);
  await importFile(community, back);
  const conflict = community.getByTestId('exchange-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('13900000001');
  await expect(conflict).toContainText('13700000002');
  await expect(community.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await conflict.getByLabel(`采用${branchName}书记的`).check();
  await community.getByRole('button', { name: '确认导入' }).click();
  await expect(community.getByText(/已导入“第一党支部书记”的第 1 号交换包/)).toBeVisible();

  const after = await dumpActiveDatabase(community);
  const phone = (after.tables['members'] as { id: string; phone?: string }[]).find((m) => m.id === memberId)?.phone;
  expect(phone).toBe('13900000001');
  const branchRows = (back.pkg.tables['attendance'] ?? []).map((row) => row['id']);
  const communityRows = (after.tables['attendance'] as { id: string; status: string }[]).filter((row) =>
    branchRows.includes(row.id),
  );
  expect(communityRows.some((row) => row.status === 'absent')).toBe(true);

  // The import can be undone.
  await community.getByRole('button', { name: '撤销这次导入' }).click();
  await expect(community.getByText('已撤销这次导入')).toBeVisible();
  const undone = await dumpActiveDatabase(community);
  expect((undone.tables['members'] as { id: string; phone?: string }[]).find((m) => m.id === memberId)?.phone).toBe(
    '13700000002',
  );
  await branch.context().close();
});

test('on one PC with the sample data, an office can try an exchange from a pretend branch laptop', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });
  await nameDesk(page, '社区办公室');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '先试一试：模拟一台支部电脑发来交换包' }).click();
  const download = await downloading;
  const file = { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  expect(file.name).toMatch(/^交换包-.*书记（示例）-至-社区办公室-第1号\.pdx$/);
  await importFile(page, file);
  const preview = page.getByTestId('exchange-preview');
  await expect(preview).toContainText(/更新 [1-9]\d* 条/);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(/已导入“.*书记（示例）”的第 1 号交换包/)).toBeVisible();
  await expect(page.getByRole('table', { name: '已登记的电脑' })).toContainText('书记（示例）');
});
