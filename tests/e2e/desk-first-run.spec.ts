import { expect, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('an empty ledger shows the first steps with progress, each a link, and 先看看示例数据', async ({ page }) => {
  await page.goto('/');
  const checklist = page.getByTestId('first-run');
  await expect(checklist).toContainText('已完成 0 / 4');
  for (const step of ['填写单位信息', '建立组织架构', '导入或录入党员', '登记第一次活动']) {
    await expect(checklist.getByRole('link', { name: new RegExp(step) })).toBeVisible();
  }
  await checklist.getByRole('link', { name: /建立组织架构/ }).click();
  await expect(page).toHaveURL(/#\/organisation$/);

  // A committee with no members: the post form says why no one can be chosen, and links to the roster.
  await page.getByRole('button', { name: '创建党委' }).click();
  await page.getByLabel('党委名称').fill('幸福社区党委');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByTestId('org-unit').filter({ hasText: '幸福社区党委' }).click();
  await expect(page.getByText('本组织还没有党员，职务无人可任')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '党员名册' })).toBeVisible();

  // Now the ledger holds real data: the sample community is no longer offered.
  await page.goto('/');
  await expect(checklist).toContainText('已完成 0 / 4');
  await expect(checklist.getByRole('button', { name: '先看看示例数据' })).toHaveCount(0);
});

test('先看看示例数据 on the first-run list loads the sample community', async ({ page }) => {
  await page.goto('/');
  const checklist = page.getByTestId('first-run');
  await checklist.getByRole('button', { name: '先看看示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });
  // The sample community sets everything up, office details included.
  await expect(checklist).toBeHidden();
});
