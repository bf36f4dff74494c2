import { expect, test } from './fixtures';

test('a Party lesson picks its lecturer from the 师资库 and shows in that lecturer’s lesson history', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 40_000 });

  await page.goto('/#/resources');
  await page.getByRole('tab', { name: '师资库' }).click();
  await page.getByRole('button', { name: '添加讲师' }).click();
  const lecturerDialog = page.getByRole('dialog', { name: '添加讲师' });
  await lecturerDialog.getByLabel('姓名').fill('赵𠈌老师');
  await lecturerDialog.getByLabel('单位').fill('区委党校');
  await lecturerDialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('讲师“赵𠈌老师”已保存')).toBeVisible();

  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '党课', exact: true }).click();
  await dialog.getByLabel('主题').fill('党课：党史中的为民情怀');
  await dialog.getByLabel('组织单位（可多选）').click();
  await page.getByRole('option', { name: '第一党支部', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('地点').fill('社区党群服务中心');
  await dialog.getByLabel('师资库讲师（可选）').click();
  await page.getByRole('option', { name: /赵𠈌老师/ }).click();
  await expect(dialog.getByLabel('主讲人（党员或外请）')).toHaveValue('赵𠈌老师');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { name: '党课：党史中的为民情怀', level: 1 })).toBeVisible();

  await page.goto('/#/resources');
  await page.getByRole('tab', { name: '师资库' }).click();
  const row = page.getByRole('table', { name: '讲师列表' }).getByRole('row', { name: /赵𠈌老师/ });
  await row.getByRole('button', { name: '授课记录' }).click();
  await expect(page.getByText('党课：党史中的为民情怀')).toBeVisible();
});
