import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../browser';

/** Records every long task (> 50 ms on the main thread) of every page, app and bench alike. */
function observeLongTasks(): void {
  window.benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.benchLongTasks?.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without the long-task API simply reports none.
  }
}

export interface BenchSession {
  context: BrowserContext;
  baseUrl: string;
  /** Opens the bench page and waits for `window.bench`. */
  openBench: () => Promise<Page>;
  /** Opens the app itself at a hash route, e.g. '#/'. */
  newAppPage: () => Promise<Page>;
  cdp: (page: Page) => Promise<CDPSession>;
  close: () => Promise<void>;
}

/** One Chromium with an on-disk profile: real IndexedDB on disk, kept between runs when cached. */
export async function openSession(profileDir: string, baseUrl: string): Promise<BenchSession> {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...(chromiumExecutable === undefined ? {} : { executablePath: chromiumExecutable }),
    args: [...chromiumArgs, '--enable-precise-memory-info'],
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
  });
  await context.addInitScript(observeLongTasks);
  context.setDefaultTimeout(0);
  return {
    context,
    baseUrl,
    openBench: async () => {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[bench page] ${error.message}`));
      await page.goto(new URL('bench/index.html', baseUrl).href);
      await page.waitForFunction(() => window.bench !== undefined);
      return page;
    },
    newAppPage: async () => {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[app page] ${error.message}`));
      return page;
    },
    cdp: (page) => context.newCDPSession(page),
    close: () => context.close(),
  };
}
