import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A second copy of the web build on another port of the same host: the case of an office that once ran
// `PORT=… npm run web` and now opens the default address (or the other way round).
const OTHER_PORT = Number(process.env['E2E_OTHER_PORT'] ?? 4619);
const otherOrigin = `http://127.0.0.1:${OTHER_PORT}`;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let otherServer: ChildProcess | undefined;

test.beforeAll(async () => {
  otherServer = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(OTHER_PORT) },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${otherOrigin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the second server on ${otherOrigin} did not start`);
});

test.afterAll(() => {
  otherServer?.kill();
});

/**
 * The browser's grant, played by a stub: Chromium decides persist() from site engagement and bookmarks, and
 * in these test contexts it answered false even after a CDP durable-storage grant. The refusal in the other
 * tests is Chromium's own answer.
 */
async function grantPersistence(page: Page) {
  const grant = () => {
    StorageManager.prototype.persist = () => Promise.resolve(true);
  };
  await page.addInitScript(grant);
  if (page.url().startsWith('http')) await page.evaluate(grant);
}

test('设置 says the browser refused persistent storage, what that means, and 重新申请 shows a grant', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto('/#/settings');
  const card = page.getByTestId('storage-card');
  await expect(card.getByRole('heading', { name: '数据存储' })).toBeVisible();
  await expect(card.getByTestId('storage-persistence')).toContainText(
    '未获准持久保存：浏览器在磁盘空间不足或清除浏览数据时可能删除台账数据。请定期备份到U盘，或使用安装版。',
  );
  await expect(card).toContainText(`台账数据保存在 ${origin} 这个地址下`);
  await expect(card.getByTestId('storage-use')).toContainText(
    /约占 \d+(\.\d)? [KMG]B；.*最多可给本程序用约 \d+(\.\d)? [MG]B/,
  );

  await grantPersistence(page);
  await card.getByRole('button', { name: '重新申请' }).click();
  await expect(page.getByText('浏览器已同意持久保存台账数据。')).toBeVisible();
  await expect(card.getByTestId('storage-persistence')).toContainText(
    '浏览器存储：已设为持久保存（浏览器清理空间时不会删除）',
  );
  await expect(card.getByRole('button', { name: '重新申请' })).toHaveCount(0);
});

test('概览 warns when persistent storage is refused, and the warning leads to the backup page', async ({ page }) => {
  await page.goto('/');
  const warning = page.getByTestId('storage-persistence-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('浏览器可能删除台账数据');
  await warning.getByRole('link', { name: '去备份' }).click();
  await expect(page).toHaveURL(/#\/data$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('数据');
});

test('概览 shows no storage warning when the browser keeps the data', async ({ page }) => {
  await grantPersistence(page);
  await page.goto('/#/settings');
  await expect(page.getByTestId('storage-persistence')).toContainText('已设为持久保存');
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.getByTestId('todo-list')).toBeVisible();
  await expect(page.getByTestId('storage-persistence-warning')).toHaveCount(0);
});

test('a ledger opened on another port names the address where its data is', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto('/');
  await page.getByRole('button', { name: '先看看示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('empty-store-notice')).toHaveCount(0);

  // The same browser, another port: IndexedDB is empty there, the host's cookie is not.
  const other = await context.newPage();
  await other.goto(`${otherOrigin}/`);
  const notice = other.getByTestId('empty-store-notice');
  await expect(notice).toContainText(`当前地址 ${otherOrigin} 下没有数据。`);
  await expect(notice).toContainText(`此前在 ${origin} 使用过本台账（约 120 名党员）。`);
  await expect(notice).toContainText('请改用原地址打开，或在原地址导出备份后到这里恢复。');
  await other.close();

  // Back on the first address the data is there and nothing is said.
  await page.reload();
  await expect(page.getByTestId('todo-list')).toBeVisible();
  await expect(page.getByTestId('empty-store-notice')).toHaveCount(0);
});

test('data deleted from this address (as an eviction would) is reported on the next start', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto('/');
  await page.getByRole('button', { name: '先看看示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 30_000 });

  // What the browser does when it evicts a best-effort origin: its storage goes, its cookies stay.
  const cdp = await context.newCDPSession(page);
  await page.goto('about:blank');
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb,local_storage' });
  await page.goto('/');
  const notice = page.getByTestId('empty-store-notice');
  await expect(notice).toContainText(`当前地址 ${origin} 下没有数据。`);
  await expect(notice).toContainText('此前在这个地址使用过本台账');
  await expect(notice).toContainText('约 120 名党员');
  await expect(notice.getByRole('link', { name: '恢复备份' })).toBeVisible();
});

test('an empty ledger on a port other than the default names its address', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  test.skip(new URL(origin).port === '4173', 'this run serves on the default port');
  await page.goto('/');
  const notice = page.getByTestId('empty-store-notice');
  await expect(notice).toContainText(`当前地址 ${origin} 下没有数据。`);
  await expect(notice).toContainText('默认是 http://127.0.0.1:4173');
});

test('a store emptied on purpose in 设置 is not reported as deleted by the browser', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  test.skip(new URL(origin).port === '4173', 'on the default port an empty store says nothing to look at');
  // Loaded on 概览 (which notes the data), cleared in 设置.
  await page.goto('/');
  await page.getByRole('button', { name: '先看看示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: '设置' }).click();
  const card = page.getByTestId('sample-data-card');
  await card.getByRole('button', { name: '清除示例数据' }).click();
  await page.getByRole('button', { name: '确认清除' }).click();
  await expect(page.getByText(/示例数据已清除/)).toBeVisible({ timeout: 30_000 });

  // Closed from 设置, opened again: the store is empty, and nothing says the browser took the data.
  await page.goto('about:blank');
  await page.goto(`${origin}/`);
  const notice = page.getByTestId('empty-store-notice');
  await expect(notice).toContainText(`当前地址 ${origin} 下没有数据。`);
  await expect(notice).not.toContainText('此前在这个地址使用过本台账');
});
