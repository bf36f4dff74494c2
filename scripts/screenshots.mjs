// Takes the README's screenshots in Debian chromium: node scripts/screenshots.mjs (after npm run build:web).
// Loads the sample data first, so every page has something to show.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4480);
const server = spawn('node', ['scripts/serve-web.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN' });
  await mkdir('resources/screenshots', { recursive: true });
  await page.goto(`${base}#/settings`);
  await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
  const load = page.getByRole('button', { name: '载入示例数据' });
  if (
    await load.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    )
  ) {
    await load.click();
    await page
      .getByText(/示例数据已载入/)
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    // A fresh start, so the "示例数据已载入" notice does not cover the first pictures.
    await page.reload();
  }
  const shots = [
    ['overview', '#/'],
    ['members', '#/members'],
    ['organisation', '#/organisation'],
    ['activities', '#/activities'],
    ['archive', '#/archive'],
    ['statistics', '#/statistics'],
    ['documents', '#/documents'],
    ['resources', '#/resources'],
    ['data', '#/data'],
    ['settings', '#/settings'],
  ];
  for (const [name, hash] of shots) {
    await page.goto(`${base}${hash}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    const heading = await page
      .getByRole('heading', { level: 1 })
      .first()
      .textContent()
      .catch(() => null);
    if (heading === null) continue;
    await page.screenshot({ path: `resources/screenshots/${name}.png` });
    console.log(`resources/screenshots/${name}.png — ${heading}`);
  }
} finally {
  await browser.close();
  server.kill();
}
