import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

interface Printed {
  /** Texts of the body rows of the named table, as laid out for paper at the moment of printing. */
  rows: string[];
  /** Whether the named table is shown on paper at all. */
  shown: boolean;
  /** Whether the on-screen virtualised roster would be on paper too. */
  screenTableShown: boolean;
}

/**
 * Stands in for the print dialog: with print media emulated, records what the page holds for paper
 * the moment 打印 is pressed (headless Chromium has no dialog to look at).
 */
async function capturePrint(page: Page, table: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate((name) => {
    const record = window as unknown as { __printed?: Printed };
    window.print = () => {
      const found = document.querySelector(`table[aria-label="${name}"]`);
      const screen = document.querySelector('[role="table"][aria-label="党员名册"]');
      const visible = (el: Element | null) =>
        el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      record.__printed = {
        rows: (found === null ? [] : [...found.querySelectorAll('tbody tr')]).map((row) => row.textContent),
        shown: visible(found),
        screenTableShown: visible(screen),
      };
    };
  }, table);
}

/** The 打印 button is itself left off paper, so under print media it is pressed as a script would. */
async function pressPrint(page: Page): Promise<void> {
  await page.getByRole('button', { name: '打印', includeHidden: true }).dispatchEvent('click');
}

async function printed(page: Page): Promise<Printed> {
  await expect.poll(() => page.evaluate(() => (window as { __printed?: unknown }).__printed !== undefined)).toBe(true);
  const result = await page.evaluate(() => (window as unknown as { __printed?: Printed }).__printed);
  if (result === undefined) throw new Error('打印 was not pressed');
  return result;
}

test('打印 on the roster puts every member of the filtered list on paper, not only the rows on screen', async ({
  page,
}) => {
  await loadSampleData(page);
  await page.goto('/#/members');
  await expect(page.getByTestId('roster-count')).toHaveText('共 120 人');
  // The last member, as the office finds it by scrolling the list to its end.
  const screen = page.getByRole('table', { name: '党员名册' });
  await screen.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  const lastRow = screen.locator('[role="row"][aria-rowindex="121"]');
  await expect(lastRow).toBeVisible();
  const lastName = (await lastRow.locator('[role="cell"]').first().textContent()) ?? '';
  expect(lastName).not.toBe('');
  await screen.evaluate((element) => element.scrollTo(0, 0));
  // Only a screenful of rows exists on screen.
  expect(await screen.locator('[role="row"][aria-rowindex]').count()).toBeLessThan(100);

  await capturePrint(page, '党员名册（打印）');
  await pressPrint(page);
  const paper = await printed(page);
  expect(paper.shown).toBe(true);
  expect(paper.screenTableShown).toBe(false);
  expect(paper.rows).toHaveLength(120);
  expect(paper.rows.at(-1)).toContain(lastName);
  expect(paper.rows[0]).toMatch(/^1/);
  // After printing the paper table is gone again: 10,000 members cost nothing on screen.
  await expect(page.getByTestId('roster-print')).toHaveCount(0);

  // Ctrl+P (the browser's own print command) does the same, through beforeprint.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const table = page.getByRole('table', { name: '党员名册（打印）' });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(120);
  await expect(table.locator('tbody tr').last()).toContainText(lastName);
  await expect(page.getByRole('textbox', { name: '搜索' })).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(table).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  // A filtered list prints just its hits.
  await page.getByRole('textbox', { name: '搜索' }).fill(lastName);
  const hits = Number(/共 (\d+) 人/.exec((await page.getByTestId('roster-count').textContent()) ?? '')?.[1]);
  await capturePrint(page, '党员名册（打印）');
  await page.evaluate(() => delete (window as { __printed?: unknown }).__printed);
  await pressPrint(page);
  expect((await printed(page)).rows).toHaveLength(hits);
});

test('打印 on the activity list and the study archive prints every row, not the page of 100 or 50', async ({
  page,
}) => {
  await loadSampleData(page);
  await page.goto('/#/activities');
  const pager = page.getByText(/^第 1–100 次，共 \d+ 次$/);
  await expect(pager).toBeVisible();
  const total = Number(/共 (\d+) 次/.exec((await pager.textContent()) ?? '')?.[1]);
  await capturePrint(page, '活动列表');
  await pressPrint(page);
  const activities = await printed(page);
  expect(activities.shown).toBe(true);
  expect(activities.rows).toHaveLength(total);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('table', { name: '活动列表' }).locator('tbody tr')).toHaveCount(100);

  await page.goto('/#/archive');
  await expect(page.getByTestId('archive-summary')).toContainText(/共 [1-9]\d* 名党员/);
  const members = Number(/共 (\d+) 名党员/.exec((await page.getByTestId('archive-summary').textContent()) ?? '')?.[1]);
  expect(members).toBeGreaterThan(50);
  await capturePrint(page, '党员学时完成情况');
  await page.evaluate(() => delete (window as { __printed?: unknown }).__printed);
  await pressPrint(page);
  expect((await printed(page)).rows).toHaveLength(members);
});
