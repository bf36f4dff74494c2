import { expect, test } from './fixtures';
import { loadSampleData } from './desk-helpers';

// An English Windows shows native date inputs as mm/dd/yyyy and times as 2:30 PM: the app must not.
test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 180_000 });

test('dates typed the Chinese way are read and shown as 2013-05-28 in an English browser', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/members');
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  const joined = dialog.getByLabel('加入党组织日期');
  for (const typed of ['2013.5.28', '2013年5月28日', '20130528', '2013-05-28']) {
    await joined.fill(typed);
    await joined.blur();
    await expect(joined).toHaveValue('2013-05-28');
  }
  await joined.fill('2013.2.30');
  await joined.blur();
  await expect(dialog.getByText('日期不存在：2013年2月30日')).toBeVisible();
  await joined.fill('2013年5月28日');

  await dialog.getByLabel('姓名').fill('王晓梅');
  await dialog.getByLabel('所在党支部').click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记 王晓梅')).toBeVisible();

  // An activity's times are 24-hour whatever the locale.
  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const form = page.getByRole('dialog');
  const start = form.getByLabel('开始时间');
  await start.fill('1430');
  await start.blur();
  await expect(start).toHaveValue('14:30');
  await form.getByLabel('结束时间').fill('下午4点');
  await form.getByLabel('结束时间').blur();
  await expect(form.getByLabel('结束时间')).toHaveValue('16:00');
  const date = form.getByLabel('日期', { exact: true });
  await date.fill('2025.7.1');
  await date.blur();
  await expect(date).toHaveValue('2025-07-01');
  // The calendar beside the field is in Chinese.
  await form.getByRole('button', { name: '从日历选择' }).first().click();
  await expect(page.getByRole('grid')).toContainText('一');
  await page.keyboard.press('Escape');
});
