import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

test.describe.configure({ timeout: 180_000 });

const QUESTION = '有未保存的修改，是否离开？';

test('unsaved minutes ask before leaving, and a crashed session offers its draft back', async ({ page, context }) => {
  await loadSampleData(page);
  await page.goto('/#/activities');
  const list = page.getByRole('table').first();
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]+$/);
  const activityUrl = page.url();
  await page.getByRole('tab', { name: '会议记录' }).click();
  await page.getByLabel('发言要点').fill('张三：要把学习落到实处。');

  // Leaving by the navigation asks; staying keeps the text.
  await page.getByRole('link', { name: '党员名册' }).click();
  await expect(page.getByRole('dialog', { name: QUESTION })).toBeVisible();
  await page.getByRole('button', { name: '留下继续填写' }).click();
  await expect(page).toHaveURL(activityUrl);
  await expect(page.getByLabel('发言要点')).toHaveValue('张三：要把学习落到实处。');

  // The app "crashes" (a second window opens the same store): the draft is offered back.
  await page.waitForTimeout(800);
  const again = await context.newPage();
  await again.goto(activityUrl);
  await again.getByRole('tab', { name: '会议记录' }).click();
  await expect(again.getByText(/填写但未保存的内容/)).toBeVisible();
  await again.getByRole('button', { name: '恢复草稿' }).click();
  await expect(again.getByLabel('发言要点')).toHaveValue('张三：要把学习落到实处。');
  await again.getByRole('button', { name: '保存会议记录', exact: true }).click();
  await expect(again.getByText('会议记录已保存')).toBeVisible();
  // Saved: leaving no longer asks.
  await again.getByRole('link', { name: '党员名册' }).click();
  await expect(again).toHaveURL(/#\/members$/);
  await again.close();

  // Leaving anyway drops the edit.
  await page.getByLabel('决议 / 表决结果').fill('一致通过');
  await page.getByRole('link', { name: '党员名册' }).click();
  await page.getByRole('button', { name: '不保存，离开' }).click();
  await expect(page).toHaveURL(/#\/members$/);
});

test('closing a member form or an activity form with typed edits asks first', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '新增党员' }).click();
  const form = page.getByRole('dialog').filter({ hasText: '姓名' });
  await form.getByLabel('姓名').fill('李四');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: QUESTION })).toBeVisible();
  await page.getByRole('button', { name: '留下继续填写' }).click();
  await expect(form.getByLabel('姓名')).toHaveValue('李四');
  await form.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '不保存，离开' }).click();
  await expect(form).toBeHidden();

  // A form with nothing typed closes at once.
  await page.getByRole('button', { name: '新增党员' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const activity = page.getByRole('dialog').filter({ hasText: '新建活动' });
  await activity.getByLabel('主题').fill('学习党章');
  await activity.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog', { name: QUESTION })).toBeVisible();
  await page.getByRole('button', { name: '不保存，离开' }).click();
  await expect(activity).toBeHidden();
});
