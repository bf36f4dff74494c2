import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { deleteMember, dumpActiveDatabase, seedRows } from './backup-helpers';

async function saveOfficeName(page: Page, name: string) {
  await page.goto('/#/settings');
  await page.getByLabel('单位名称（落款）').fill(name);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('本单位信息已保存')).toBeVisible();
}

async function backUp(page: Page): Promise<Buffer> {
  await page.goto('/#/data');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^党员教育台账备份-\d{8}-\d{4}\.pdbak$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return readFile(path);
}

async function chooseBackupFile(page: Page, buffer: Buffer, name = '备份.pdbak') {
  await page.goto('/#/data');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('a backup is re-read and checked before the download is offered: 正在校验备份… then 已备份（已校验）', async ({
  page,
}) => {
  await saveOfficeName(page, '中共幸福社区委员会');
  await seedRows(page, 120);
  await page.goto('/#/data');
  await expect(page.getByRole('button', { name: '立即备份…' })).toBeVisible();
  // The step may be short: remember whether it was ever on screen, and whether the download came after it.
  await page.evaluate(() => {
    const seen = window as unknown as { verifyingAt?: number };
    new MutationObserver(() => {
      if (seen.verifyingAt === undefined && document.body.textContent.includes('正在校验备份…')) {
        seen.verifyingAt = performance.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份…' }).click();
  const download = await downloading;
  const downloadedAt = await page.evaluate(() => performance.now());
  const verifyingAt = await page.evaluate(() => (window as unknown as { verifyingAt?: number }).verifyingAt);
  expect(verifyingAt).toBeDefined();
  expect(verifyingAt ?? Infinity).toBeLessThan(downloadedAt);
  await expect(page.getByText(/已备份（已校验）/)).toBeVisible();
  await expect(page.getByTestId('backup-verifying')).toHaveCount(0);
  // The verified file is the one downloaded: it opens in the restore preview.
  const { readFile } = await import('node:fs/promises');
  await chooseBackupFile(page, await readFile(await download.path()));
  await expect(page.getByTestId('restore-preview')).toContainText('签到/考勤记录');
});

test('back up, change and delete things, restore: every table is exactly as at backup time', async ({ page }) => {
  await saveOfficeName(page, '中共幸福社区委员会');
  await seedRows(page, 120);
  const atBackup = await dumpActiveDatabase(page);
  const backup = await backUp(page);
  await expect(page.getByText(/已备份（已校验）/)).toBeVisible();

  await saveOfficeName(page, '改过的名称');
  await deleteMember(page, 'm2');
  expect((await dumpActiveDatabase(page)).tables['members']).toHaveLength(2);

  await chooseBackupFile(page, backup);
  const dialog = page.getByRole('dialog', { name: /从备份恢复/ });
  // The choice comes first, each way said in words; then the backup's date and origin; then its contents.
  const replace = dialog.getByRole('radio', { name: /全部替换/ });
  await expect(replace).toBeChecked();
  await expect(dialog.getByText(/本机现有的全部数据换成备份中的数据/)).toBeVisible();
  await expect(dialog.getByText(/本机没有的记录从备份中补进来.*保留较晚修改的一方.*列出/)).toBeVisible();
  await expect(dialog.getByTestId('restore-backup-about')).toContainText('来自：中共幸福社区委员会');
  await expect(dialog.getByTestId('restore-backup-about')).toContainText('与本机程序的版本相同');
  await expect(dialog).not.toContainText('数据版本');
  const preview = dialog.getByTestId('restore-preview');
  const choiceBox = await replace.boundingBox();
  const tableBox = await preview.boundingBox();
  expect(choiceBox?.y ?? Infinity).toBeLessThan(tableBox?.y ?? 0);
  const firstCells = await preview.locator('tbody tr td:first-child').allInnerTexts();
  expect(firstCells.slice(0, 4)).toEqual(['党员', '组织（支部/党小组）', '活动', '签到/考勤记录']);
  // The program's own records sit last, under their own heading, in words.
  const systemAt = firstCells.indexOf('其他（程序自己的记录）');
  expect(systemAt).toBeGreaterThan(3);
  expect(firstCells.slice(systemAt)).toContain('学时统计（程序按记录自动算出）');
  expect(firstCells.slice(systemAt)).toContain('操作日志');
  expect(firstCells.slice(0, systemAt)).not.toContain('操作日志');
  expect(firstCells.join()).not.toMatch(/学时汇总|[a-z]{4,}/);
  const memberRow = preview.getByRole('row').filter({ has: page.getByRole('cell', { name: '党员', exact: true }) });
  await expect(memberRow).toContainText('3');

  // Replacing asks once more, naming the members on both sides; saying no changes nothing.
  await dialog.getByRole('button', { name: '全部替换…' }).click();
  const question = page.getByRole('dialog', { name: '再确认一次：全部替换' });
  await expect(question).toContainText('将用备份中的 3 名党员替换当前的 2 名党员及全部记录，确定吗？');
  await question.getByRole('button', { name: '取消' }).click();
  await expect(question).toBeHidden();
  expect((await dumpActiveDatabase(page)).tables['members']).toHaveLength(2);
  await dialog.getByRole('button', { name: '全部替换…' }).click();
  await question.getByRole('button', { name: '确定替换' }).click();
  await expect(page.getByText('恢复完成')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '重新载入程序' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('中共幸福社区委员会');

  const restored = await dumpActiveDatabase(page);
  expect(restored.name).not.toBe(atBackup.name);
  const { changeLog: logAfter = [], ...after } = restored.tables;
  const { changeLog: logBefore = [], ...before } = atBackup.tables;
  expect(after).toEqual(before);
  // The change log is the backup's, plus one line for the restore itself.
  const restoreLines = logAfter.filter((line) => (line as { action: string }).action === 'restore');
  expect(restoreLines).toHaveLength(1);
  expect(logAfter.filter((line) => !restoreLines.includes(line))).toEqual(logBefore);
});

test('a corrupted backup is refused with a clear message and nothing changes', async ({ page }) => {
  await saveOfficeName(page, '中共幸福社区委员会');
  await seedRows(page, 50);
  const backup = await backUp(page);
  const before = await dumpActiveDatabase(page);

  const corrupted = Buffer.from(backup);
  for (let i = 200; i < 260; i += 1) corrupted[i] = (corrupted[i] ?? 0) ^ 0xff;
  await chooseBackupFile(page, corrupted);
  const refusal = page.getByTestId('restore-error');
  const previewButton = page.getByRole('button', { name: '全部替换…' });
  // Depending on where the damage lands, the preview already refuses or the full check does.
  await expect(refusal.or(previewButton)).toBeVisible();
  if (await previewButton.isVisible()) {
    await previewButton.click();
    await page.getByRole('button', { name: '确定替换' }).click();
  }
  await expect(refusal).toContainText(/损坏|不完整/);
  await expect(refusal).toContainText('本机数据没有任何改动');
  expect(await dumpActiveDatabase(page)).toEqual(before);

  await page
    .getByRole('button', { name: '取消' })
    .click({ timeout: 1000 })
    .catch(() => undefined);
  await chooseBackupFile(page, Buffer.from('姓名,身份证号\n张三,110105', 'utf8'), '名册.pdbak');
  await expect(page.getByTestId('restore-error')).toContainText('不是本程序的备份文件');
  await chooseBackupFile(page, Buffer.alloc(0), '空.pdbak');
  await expect(page.getByTestId('restore-error')).toContainText('空的');
  expect(await dumpActiveDatabase(page)).toEqual(before);
});

test('a restore interrupted by closing the window leaves the old data whole after reload', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await saveOfficeName(page, '中共幸福社区委员会');
  await seedRows(page, 20_000);
  const backup = await backUp(page);
  await saveOfficeName(page, '恢复前的名称');
  await deleteMember(page, 'm3');
  const before = await dumpActiveDatabase(page);

  await chooseBackupFile(page, backup);
  await page.getByRole('button', { name: '全部替换…' }).click();
  await page.getByRole('button', { name: '确定替换' }).click();
  await expect(page.getByText(/正在写入数据/)).toBeVisible({ timeout: 30_000 });
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByTestId('office-name')).toHaveText('恢复前的名称');
  const after = await dumpActiveDatabase(again);
  expect(after.name).toBe('party-edu-ledger');
  expect(after.tables['members']).toHaveLength(2);
  expect(after).toEqual(before);
  // What the interrupted restore had written is cleared away at start.
  await expect
    .poll(() =>
      again.evaluate(
        async () => (await indexedDB.databases()).filter((info) => info.name?.startsWith('party-edu-ledger-r')).length,
      ),
    )
    .toBe(0);
});

test('a backup from an older program says it will be upgraded, and 合并 starts without a second question', async ({
  page,
}) => {
  const { readFile } = await import('node:fs/promises');
  const fixture = await readFile(new URL('../fixtures/backups/schema-v7.pdbak', import.meta.url));
  await chooseBackupFile(page, fixture, 'schema-v7.pdbak');
  const dialog = page.getByRole('dialog', { name: /从备份恢复/ });
  await expect(dialog.getByTestId('restore-backup-about')).toContainText('由较早版本的程序制作，恢复时会自动升级');
  await expect(dialog).not.toContainText(/数据版本\s*\d/);
  await dialog.getByRole('radio', { name: /合并/ }).check();
  await expect(dialog.getByRole('button', { name: '开始合并' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '全部替换…' })).toBeHidden();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
});
