import type { Page } from 'playwright-core';

/**
 * Milliseconds (page clock) at which `selector` first matches, checked every animation frame: the
 * frame in which the page could first show it.
 */
export async function markerTime(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (sel) => (document.querySelector(sel) === null ? false : performance.now()),
    selector,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Loads `url` in a fresh tab and returns ms from navigation start to the marker, and the longest task. */
export async function loadToMarker(
  newPage: () => Promise<Page>,
  url: string,
  selector: string,
): Promise<{ ms: number; longestTaskMs: number }> {
  const page = await newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await markerTime(page, selector);
    const longestTaskMs = await page.evaluate(() =>
      Math.max(0, ...(window.benchLongTasks ?? []).map(([, duration]) => duration)),
    );
    return { ms, longestTaskMs };
  } finally {
    await page.close();
  }
}

/**
 * In an open app page: go to `hash`, and return ms from the route change to `selector`. The page is
 * first sent to `awayHash` and waits for `awaySelector`, so the marker comes from a fresh render.
 */
export async function navigateToMarker(
  page: Page,
  route: { awayHash: string; awaySelector: string; hash: string; selector: string },
): Promise<{ ms: number; longestTaskMs: number }> {
  await page.evaluate((hash) => (location.hash = hash), route.awayHash);
  await markerTime(page, route.awaySelector);
  await page.waitForFunction((sel) => document.querySelector(sel) === null, route.selector, { polling: 'raf' });
  const start = await page.evaluate((hash) => {
    const now = performance.now();
    location.hash = hash;
    return now;
  }, route.hash);
  const end = await markerTime(page, route.selector);
  const longestTaskMs = await page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window.benchLongTasks ?? [])
          .filter(([taskStart, duration]) => taskStart + duration >= since)
          .map(([, duration]) => duration),
      ),
    start,
  );
  return { ms: end - start, longestTaskMs };
}
