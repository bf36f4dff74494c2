import type { Page } from '@playwright/test';
import { addMemberInRoster } from './data-safety-helpers';
import { expect, test } from './fixtures';

function isoMonthsAgo(months: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - months, Math.min(now.getDate(), 28));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openList(page: Page, key: string) {
  const item = page.getByTestId(`warning-${key}`);
  await item.getByRole('button', { name: /查看名单/ }).click();
  return item;
}

const NAMES = ['赵一民', '钱二华', '孙三强', '李四清', '周五福'];

test('a small community: a 5-member branch without a committee, an elderly member and a combined 主题党日 raise no false alarm', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // 党委 and one branch of five 正式党员.
  await page.goto('/#/organisation');
  await page.getByRole('button', { name: '创建党委' }).click();
  await page.getByLabel('党委名称').fill('和平社区党委');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '新建党支部：和平社区党委' }).click();
  await page.getByLabel('党支部名称').fill('第一党支部');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('org-unit').filter({ hasText: '第一党支部' })).toBeVisible();
  for (const name of NAMES) await addMemberInRoster(page, name);

  // 支部工作条例 art. 8: five 正式党员 — no 支部委员会, derived, shown on the organisation page.
  await page.goto('/#/organisation');
  await page.getByTestId('org-unit').filter({ hasText: '第一党支部' }).getByRole('button').first().click();
  await expect(page.getByTestId('committee-status')).toContainText('不设支部委员会，只设书记（正式党员 5 名');

  // A 主题党日 four months ago, held together with the 支部党员大会; one member absent.
  const date = isoMonthsAgo(4);
  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '主题党日', exact: true }).click();
  await dialog.getByLabel('同时作为（合并召开，可多选）').click();
  await page.getByRole('option', { name: '支部党员大会', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('主题').fill('主题党日暨支部党员大会：学习党章');
  await dialog.getByLabel('组织单位（可多选）').click();
  await page.getByRole('option', { name: '第一党支部', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('日期').fill(date);
  await dialog.getByLabel('状态').click();
  await page.getByRole('option', { name: '已举行', exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('活动已创建，应到 5 人')).toBeVisible();
  await expect(page.getByText('主题党日 + 支部党员大会（合并召开，学时计一次）')).toBeVisible();
  const grid = page.getByRole('grid', { name: '考勤名单' });
  await grid.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('1');
  await page.keyboard.press('4');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('考勤已保存：应到 5 人，实到 4 人')).toBeVisible();
  const elderly = (await page.getByTestId('attendance-row').nth(4).getByRole('link').textContent()) ?? '';
  expect(NAMES).toContain(elderly);

  // The absent member is old and frail (条例 art. 23): flagged on the member's page.
  const href = (await page.getByTestId('attendance-row').nth(4).getByRole('link').getAttribute('href')) ?? '';
  const elderlyId = href.split('/').at(-1) ?? '';
  await page.goto(`/#/members/${elderlyId}`);
  await page.getByRole('tab', { name: '送学上门/出国（境）' }).click();
  const form = page.getByTestId('exemption-form');
  await form.getByLabel('送学上门对象（年老体弱、行动不便、身患重病）').check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  // The overview: the four who came are warned about (4 months, legitimately); the elderly member is not,
  // and is listed as a 送学上门对象 instead. No 支委会 is asked of the small branch, and the combined
  // meeting counts as its 党员大会 for that quarter.
  await page.goto('/#/');
  await expect(page.getByTestId('todo-list')).toBeVisible();
  const life = await openList(page, 'life-warn');
  await expect(life).toHaveAttribute('data-count', '4');
  await expect(life.getByRole('table')).not.toContainText(elderly);
  const exempt = page.getByTestId('exempt-members');
  await expect(exempt.getByTestId('home-study-row')).toHaveCount(1);
  await expect(exempt.getByTestId('home-study-row')).toContainText(elderly);
  await expect(exempt.getByTestId('home-study-row')).toContainText('年老体弱');
  await expect(exempt.getByTestId('home-study-row')).toContainText('无记录');
  await expect(page.getByTestId('todo-list')).not.toContainText('支部委员会会议');
  const missed = await openList(page, 'missed');
  await expect(missed.getByRole('table')).not.toContainText('支部委员会会议');
  const month = Number(date.slice(5, 7));
  const quarter = `第${'一二三四'.charAt(Math.floor((month - 1) / 3))}季度`;
  const missedRows = await missed.getByRole('row').allTextContents();
  expect(missedRows.filter((row) => row.includes('支部党员大会') && row.includes(quarter))).toEqual([]);
  expect(missedRows.filter((row) => row.includes('主题党日') && row.includes(`${String(month)}月`))).toEqual([]);

  // A 送学上门 visit goes in the archive and shows on the overview.
  await exempt.getByRole('link', { name: elderly }).click();
  await page.getByRole('button', { name: '添加学习记录' }).click();
  const entry = page.getByRole('dialog');
  await entry.getByLabel('类别').click();
  await page.getByRole('option', { name: '送学上门', exact: true }).click();
  await entry.getByLabel('学习内容').fill('送学上门：传达支部学习内容');
  await entry.getByLabel('学时').fill('1');
  await entry.getByLabel('送学人').fill('支部书记');
  await entry.getByRole('button', { name: '保存' }).click();
  await expect(entry).toBeHidden();
  await page.goto('/#/');
  await expect(page.getByTestId('exempt-members').getByTestId('home-study-row')).not.toContainText('无记录');

  // 关怀帮扶 → 送学上门 lists the member and the year's visit, with who brought it.
  await page.goto('/#/care');
  await page.getByRole('tab', { name: '送学上门' }).click();
  await expect(page.getByTestId('home-visit-member')).toHaveCount(1);
  await expect(page.getByTestId('home-visit-member')).toContainText(elderly);
  await expect(page.getByTestId('home-visit-row')).toHaveCount(1);
  await expect(page.getByTestId('home-visit-row')).toContainText('传达支部学习内容');
  await expect(page.getByTestId('home-visit-row')).toContainText('支部书记');
  await expect(page.getByText(/尚未送学上门/)).toHaveCount(0);
});
