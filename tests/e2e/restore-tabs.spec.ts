import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpActiveDatabase, seedRows } from './backup-helpers';

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
  const { readFile } = await import('node:fs/promises');
  return readFile(await (await downloading).path());
}

async function chooseBackupFile(page: Page, buffer: Buffer) {
  await page.goto('/#/data');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await choosing).setFiles({ name: '备份.pdbak', mimeType: 'application/octet-stream', buffer });
}

/** Takes a Web Lock in `page` (as another window of the app would) until releaseLock(page). */
async function holdLock(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (lockName) =>
      new Promise<void>((granted) => {
        void navigator.locks.request(
          lockName,
          () =>
            new Promise<void>((release) => {
              (window as unknown as { releaseLock: () => void }).releaseLock = release;
              granted();
            }),
        );
      }),
    name,
  );
}

async function releaseLock(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());
}

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''));
}

async function createDatabase(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (dbName) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
    name,
  );
}

test('a restore in one window pauses the other and then asks it to reload', async ({ page, context }) => {
  test.setTimeout(180_000);
  await saveOfficeName(page, '中共幸福社区委员会');
  // Enough rows that the restore runs long enough to see the other window paused.
  await seedRows(page, 4_000);
  const backup = await backUp(page);
  await saveOfficeName(page, '恢复前的名称');

  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (error) => otherErrors.push(error.message));
  other.on('console', (message) => message.type() === 'error' && otherErrors.push(message.text()));
  await other.goto('/#/settings');
  await expect(other.getByLabel('单位名称（落款）')).toHaveValue('恢复前的名称');

  await chooseBackupFile(page, backup);
  await replaceAll(page);
  await expect(other.getByText('另一个窗口正在恢复备份。恢复完成之前本窗口暂停使用')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('恢复完成')).toBeVisible({ timeout: 60_000 });

  await expect(other.getByTestId('restored-elsewhere')).toHaveText('数据已在另一个窗口中恢复，请重新载入本页面。');
  // The page under the message takes no input any more.
  expect(await other.evaluate(() => document.getElementById('root')?.hasAttribute('inert'))).toBe(true);
  await other.getByRole('button', { name: '重新载入' }).click();
  await expect(other.getByLabel('单位名称（落款）')).toHaveValue('中共幸福社区委员会');
  expect((await dumpActiveDatabase(other)).name).toMatch(/^party-edu-ledger-r\d+$/);
  // Closing the replaced store under the message made no page error.
  expect(otherErrors).toEqual([]);
  // The window that restored was not told about its own restore.
  await expect(page.getByTestId('restored-elsewhere')).toHaveCount(0);
});

test('a restore is refused while another window is restoring, and nothing changes', async ({ page, context }) => {
  await saveOfficeName(page, '中共幸福社区委员会');
  await seedRows(page, 20);
  const backup = await backUp(page);
  await saveOfficeName(page, '恢复前的名称');
  const before = await dumpActiveDatabase(page);

  const other = await context.newPage();
  await other.goto('/#/data');
  await holdLock(other, 'party-edu-ledger:restore');

  await chooseBackupFile(page, backup);
  await replaceAll(page);
  await expect(page.getByTestId('restore-error')).toHaveText('另一个窗口正在恢复备份，请等它完成后再试。');
  expect(await dumpActiveDatabase(page)).toEqual(before);
  expect((await databaseNames(page)).filter((name) => name.startsWith('party-edu-ledger-r'))).toEqual([]);

  await releaseLock(other);
  await replaceAll(page);
  await expect(page.getByText('恢复完成')).toBeVisible({ timeout: 30_000 });
  await expect(other.getByTestId('restored-elsewhere')).toBeVisible();
});

/** The restore dialog's way for 全部替换: the button, then the second question. */
async function replaceAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: '全部替换…' }).click();
  await page.getByRole('button', { name: '确定替换' }).click();
}

/** Opens the app in a second window and waits until its own start-up sweep is over. */
async function openOtherWindow(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByTestId('office-name')).toBeAttached();
  // The sweep holds the restore lock while it runs: taking the lock once waits for it.
  await other.evaluate(() => navigator.locks.request('party-edu-ledger:restore', () => undefined));
  return other;
}

test('the start-up sweep never deletes a database another window is writing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('office-name')).toBeAttached();
  const other = await openOtherWindow(page);
  await holdLock(other, 'party-edu-ledger:writing:party-edu-ledger-r1000');
  await createDatabase(page, 'party-edu-ledger-r1000');
  await createDatabase(page, 'party-edu-ledger-r2000');

  await page.reload();
  // The left-over nobody writes is swept; the one being written is kept.
  await expect.poll(() => databaseNames(page)).not.toContain('party-edu-ledger-r2000');
  expect(await databaseNames(page)).toContain('party-edu-ledger-r1000');

  await releaseLock(other);
  await page.reload();
  await expect.poll(() => databaseNames(page)).not.toContain('party-edu-ledger-r1000');
  expect(await databaseNames(page)).toContain('party-edu-ledger');
});

test('no window sweeps at start while another window is restoring', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('office-name')).toBeAttached();
  const other = await openOtherWindow(page);
  await holdLock(other, 'party-edu-ledger:restore');
  await createDatabase(page, 'party-edu-ledger-r3000');

  await page.reload();
  await expect(page.getByTestId('office-name')).toBeAttached();
  // Give the sweep time it would need; nothing may go while the restore lock is held.
  await page.waitForTimeout(1000);
  expect(await databaseNames(page)).toContain('party-edu-ledger-r3000');

  await releaseLock(other);
  await page.reload();
  await expect.poll(() => databaseNames(page)).not.toContain('party-edu-ledger-r3000');
});
