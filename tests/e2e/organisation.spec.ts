import { expect, test } from './fixtures';
import { buildOrganisation, chooseOption } from './roster-helpers';

// Each test builds the organisation through the UI first; on a busy 2-core machine that alone takes 20 s.
test.describe.configure({ timeout: 180_000 });

test('the office builds its committee, branches and groups, then renames, reorders, moves and retires them', async ({
  page,
}) => {
  await buildOrganisation(page);
  const units = page.getByTestId('org-unit');
  await expect(units).toHaveCount(4);

  await page.getByRole('button', { name: '重命名：第二党支部' }).click();
  await page.getByLabel('新名称').fill('离退休党支部');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(units.filter({ hasText: '离退休党支部' })).toBeVisible();

  // Reorder: 离退休党支部 moves above 第一党支部.
  await page.getByRole('button', { name: '上移：离退休党支部' }).click();
  await expect(units.nth(1)).toContainText('离退休党支部');

  // A duplicate name under the same parent is refused.
  await page.getByRole('button', { name: '新建党支部：幸福社区党委' }).click();
  await page.getByLabel('党支部名称').fill('第一党支部');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已有同名组织“第一党支部”')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '不保存，离开' }).click();

  // Move the group to the other branch.
  await page.getByRole('button', { name: '移到其他支部：第一党小组' }).click();
  await chooseOption(page, '目标党支部', '离退休党支部');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(units.nth(2)).toContainText('第一党小组');

  // Retire the now-empty 第一党支部; it disappears unless retired units are shown.
  await page.getByRole('button', { name: '撤销：第一党支部' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(units.filter({ hasText: '第一党支部' })).toHaveCount(0);
  await page.getByLabel('显示已撤销的组织').check();
  await expect(units.filter({ hasText: '第一党支部' })).toContainText('已撤销');
});

test('a branch secretary is appointed from its members and later steps down', async ({ page }) => {
  await buildOrganisation(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('王建国');
  await chooseOption(page, '所在党支部', '第一党支部');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记 王建国')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织架构' }).click();
  await page.getByTestId('org-unit').filter({ hasText: '第一党支部' }).getByRole('button').first().click();
  await page.getByLabel('职务', { exact: true }).click();
  await page.getByRole('option', { name: '书记', exact: true }).click();
  await page.getByLabel('担任人').fill('wjg');
  await page.getByRole('option', { name: '王建国' }).click();
  await page.getByLabel('任职日期').fill('2024-01-15');
  await page.getByRole('button', { name: '添加职务' }).click();
  const posts = page.getByRole('list', { name: '职务列表' });
  await expect(posts).toContainText('书记：王建国');
  await expect(posts).toContainText('2024-01-15 起，现任');

  await posts.getByRole('button', { name: '卸任' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(posts).not.toContainText('现任');
});
