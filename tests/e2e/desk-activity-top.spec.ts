import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

/** What a person sees on opening an activity: its title, status and buttons, with the page not scrolled. */
async function expectOpenedAtTop(page: Page): Promise<void> {
  const main = page.getByRole('main');
  const title = main.getByRole('heading', { level: 1 });
  await expect(title).toBeVisible();
  await expect(main.getByRole('tab', { name: '考勤录入' })).toBeVisible();
  // Give the attendance grid time to settle: a late scroll would move the title away.
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const viewport = page.viewportSize();
  for (const item of [
    title,
    main.getByRole('button', { name: '编辑' }),
    main.getByRole('link', { name: '签到表', exact: true }),
    main.getByRole('button', { name: '删除活动' }),
  ]) {
    const box = await item.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
  }
  await expect(main.getByText(/^(已举行|计划中|已取消)$/).first()).toBeInViewport();
}

test('an activity with many attendees opens at its top from the scrolled list and by its address', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadSampleData(page);
  await page.goto('/#/activities');
  const list = page.getByRole('table', { name: '活动列表' });
  await expect(list.getByRole('link').first()).toBeVisible();
  // Scrolled down the list, an activity from its lower part.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const links = list.getByRole('link');
  await links.nth((await links.count()) - 1).click();
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]+$/);
  await expectOpenedAtTop(page);

  // One with many attendees: its attendance list is longer than the window.
  await page.goto('/#/activities');
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]+$/);
  const activityUrl = page.url();
  await expectOpenedAtTop(page);
  expect(await page.evaluate(() => document.body.scrollHeight)).toBeGreaterThan(768 * 1.5);

  // By its address, after scrolling another page (the list) far down.
  await page.goto('/#/activities');
  await expect(list.getByRole('link').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await page.goto(activityUrl);
  await expectOpenedAtTop(page);
});
