import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { addBranchMember, savedFile as saved } from './ledger-helpers';
import { buildOrganisation } from './roster-helpers';

test.describe.configure({ timeout: 180_000 });

test('a branch’s review: printed 测评表, ballots typed back, grades decided, 汇总表 exported', async ({ page }) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  for (const name of ['艾丽', '包强', '陈静']) await addBranchMember(page, name);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '民主评议' }).click();
  await page.getByRole('button', { name: '建立第一党支部评议' }).click();
  await expect(page.getByRole('heading', { name: /第一党支部 \d{4}年度民主评议党员/ })).toBeVisible();

  const sheet = await saved(page, () => page.getByRole('button', { name: '打印测评表（Word）' }).click());
  expect(sheet.name).toMatch(/^第一党支部\d{4}年度民主评议测评表\.docx$/);
  const xml = strFromU8(unzipSync(sheet.bytes)['word/document.xml'] ?? new Uint8Array());
  for (const name of ['艾丽', '包强', '陈静', '基本合格', '不合格']) expect(xml).toContain(name);

  // Three 互评 ballots typed back by keyboard: 1 优秀, 2 合格, 3 基本合格, 4 不合格.
  await page.getByRole('tab', { name: /录入测评票/ }).click();
  const grid = page.getByTestId('ballot-grid');
  const rows = page.getByTestId('ballot-row');
  await expect(rows).toHaveCount(3);
  for (const keys of ['121', '124', '224']) {
    // The next ballot starts empty once the last one is saved: typing before that would land on the old one.
    await expect(page.getByTestId('ballot-progress')).toContainText('本票已填 0 / 3 人');
    await grid.focus();
    for (const key of keys) await page.keyboard.press(key);
    await expect(page.getByTestId('ballot-progress')).toContainText('本票已填 3 / 3 人');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/已录入第 \d 张党员互评票/)).toBeVisible();
  }
  // 艾丽 2×优秀 1×合格; shares shown live; a fourth 互评 ballot is refused.
  await expect(rows.nth(0).getByRole('cell').nth(3)).toHaveText('2');
  await expect(page.getByTestId('tally-shares')).toContainText('优秀 1 人（33.3%）');
  await grid.focus();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/不能再多/)).toBeVisible();

  // The branch decides: 艾丽 优秀, 包强 合格, 陈静 不合格.
  await page.getByRole('tab', { name: '评定等次' }).click();
  const decide = async (name: string, grade: string) => {
    await page.getByTestId('review-member-row').filter({ hasText: name }).getByRole('combobox').click();
    await page.getByRole('option', { name: grade, exact: true }).click();
  };
  await page.getByLabel('艾丽个人总结收到日期').fill('2025-12-01');
  await decide('艾丽', '优秀');
  await decide('包强', '合格');
  await decide('陈静', '不合格');
  await expect(page.getByTestId('decided-shares')).toContainText('已评定 3 / 3 人');
  // 1 of 3 is above a 33% ceiling (at most 0 of 3): a warning, not a refusal.
  await expect(page.getByText(/超过了设定的比例上限 33%/)).toBeVisible();

  // 不合格 → 限期改正: a deadline over a year is refused in the form.
  await page.getByRole('tab', { name: /限期改正/ }).click();
  await page.getByLabel('开始日期').fill('2026-01-10');
  await page.getByLabel('改正期限').fill('2027-02-01');
  await expect(page.getByText(/最长一年/)).toBeVisible();
  await page.getByLabel('改正期限').fill('2026-07-10');
  await page.getByRole('button', { name: '建立限期改正' }).click();
  await expect(page.getByText('陈静：2026-01-10 起限期改正')).toBeVisible();

  const summary = await saved(page, () => page.getByRole('button', { name: '导出汇总表（Excel）' }).click());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(summary.bytes.buffer as ArrayBuffer);
  const table = workbook.getWorksheet('汇总表');
  const byName = new Map<string, unknown[]>();
  table?.eachRow((row) => {
    const values = row.values as unknown[];
    if (typeof values[2] === 'string') byName.set(values[2], values);
  });
  expect(byName.get('艾丽')?.slice(3, 8)).toEqual(['2025-12-01', 2, 1, 0, 0]);
  expect(byName.get('陈静')?.[12]).toBe('不合格');

  const report = await saved(page, () => page.getByRole('button', { name: '生成情况报告（Word）' }).click());
  const reportXml = strFromU8(unzipSync(report.bytes)['word/document.xml'] ?? new Uint8Array());
  expect(reportXml).toContain('收回党员互评测评表 3 份');
  expect(reportXml).toContain('陈静：2026-01-10 起限期改正');

  // 创先争优: the best-rated member gets an honour; grade and honour show on the member's page.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '创先争优' }).click();
  await page.getByRole('combobox', { name: '党员' }).fill('艾丽');
  await page.getByRole('option', { name: /艾丽/ }).click();
  await page.getByLabel('荣誉名称').fill('优秀共产党员');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('table', { name: '荣誉与示范岗' })).toContainText('优秀共产党员');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '民主评议' }).click();
  await page.getByRole('link', { name: '打开第一党支部评议' }).click();
  await page.getByRole('link', { name: '艾丽' }).click();
  await page.getByRole('tab', { name: '评议与荣誉' }).click();
  await expect(page.getByRole('table', { name: '民主评议等次' })).toContainText('优秀');
  await expect(page.getByTestId('member-honour')).toContainText('荣誉表彰：优秀共产党员（街道级）');
});
