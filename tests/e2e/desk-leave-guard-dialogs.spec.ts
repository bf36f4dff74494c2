import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const QUESTION = '有未保存的修改，是否离开？';

async function openResources(page: Page, tab: string): Promise<void> {
  await page.goto('/#/resources');
  await expect(page.getByRole('heading', { name: '师资课件', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

async function stayAndSeeText(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '留下继续填写' }).click();
  await expect(question).toBeHidden();
  await expect(field).toHaveValue(text);
}

test('the spending dialog asks before Escape or 取消 drops what was typed, and staying keeps it', async ({ page }) => {
  await openResources(page, '教育经费');
  await page.getByRole('button', { name: '登记支出' }).click();
  const dialog = page.getByRole('dialog', { name: '登记支出' });
  await dialog.getByLabel('事项').fill('购买学习资料');
  await page.keyboard.press('Escape');
  await stayAndSeeText(page, dialog.getByLabel('事项'), '购买学习资料');
  await dialog.getByRole('button', { name: '取消' }).click();
  await stayAndSeeText(page, dialog.getByLabel('事项'), '购买学习资料');
  // Leaving anyway closes it; an untouched dialog closes at once.
  await dialog.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '不保存，离开' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '登记支出' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: QUESTION })).toBeHidden();
});

test('the lecturer dialog asks too, and a page form (the budget line) asks before the page is left', async ({
  page,
}) => {
  await openResources(page, '师资库');
  await page.getByRole('button', { name: '添加讲师' }).click();
  const dialog = page.getByRole('dialog', { name: '添加讲师' });
  await dialog.getByLabel('姓名').fill('王教授');
  await dialog.getByRole('button', { name: '取消' }).click();
  await stayAndSeeText(page, dialog.getByLabel('姓名'), '王教授');
  await page.keyboard.press('Escape');
  await stayAndSeeText(page, dialog.getByLabel('姓名'), '王教授');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('讲师“王教授”已保存')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: '教育经费' }).click();
  await page.getByLabel('预算金额（元）').fill('300');
  await page.getByRole('link', { name: '党员名册' }).click();
  await stayAndSeeText(page, page.getByLabel('预算金额（元）'), '300');
  await expect(page).toHaveURL(/#\/resources/);
});
