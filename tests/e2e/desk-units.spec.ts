import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

test('a 党小组 is shown with its 支部, and branches sort 第一, 第二, 第三 …', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/activities');
  const list = page.getByRole('table').first();
  await expect(list.getByRole('cell', { name: /^第.党支部 第.党小组/ }).first()).toBeVisible();
  // No cell names a group alone.
  const cells = await list.getByRole('cell').allTextContents();
  expect(cells.filter((text) => /^第.党小组/.test(text))).toEqual([]);

  await page.goto('/#/members');
  const roster = page.getByRole('table', { name: '党员名册' });
  await expect(roster.getByRole('row').nth(3)).toBeVisible();
  const firstBranch = () =>
    roster.evaluate((element) => {
      const header = [...element.querySelectorAll('[role=columnheader]')].map((cell) => cell.textContent);
      const column = header.findIndex((text) => text.includes('所在党支部'));
      return [...element.querySelectorAll('.roster-row')]
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((row) => row.children[column]?.textContent ?? '')[0];
    });
  await expect.poll(firstBranch).toBe('第一党支部');
  // Descending, 第五 comes first: by character code it would be 第四, by pinyin 第一.
  await roster.getByRole('columnheader', { name: '所在党支部' }).getByRole('button').click();
  await expect.poll(firstBranch).toBe('第五党支部');
});
