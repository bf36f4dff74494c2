import { expect, test } from './fixtures';

test('the app opens on the overview with the Chinese navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '概览' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '设置' })).toBeVisible();
  await expect(page.getByTestId('todo-list')).toContainText('请先在“设置”中填写本单位名称');
});

test('navigation reaches the settings page and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click();
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
});

test('office settings survive a reload and appear in the title bar', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('单位名称（落款）', { exact: true }).fill('中共幸福社区委员会');
  await page.getByLabel('联系人', { exact: true }).fill('李梅');
  await page.getByLabel('联系电话', { exact: true }).fill('023-68881234');
  await page.getByLabel('党员年度学时目标', { exact: true }).fill('40');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('本单位信息已保存')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('单位名称（落款）', { exact: true })).toHaveValue('中共幸福社区委员会');
  await expect(page.getByLabel('联系电话', { exact: true })).toHaveValue('023-68881234');
  await expect(page.getByLabel('党员年度学时目标', { exact: true })).toHaveValue('40');
  await expect(page.getByTestId('office-name')).toHaveText('中共幸福社区委员会');
  await page.goto('/');
  await expect(page.getByTestId('todo-list')).not.toContainText('请先在“设置”中填写');
});

test('a wrong phone number is explained and cannot be saved, and the typed text stays', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('单位名称（落款）', { exact: true }).fill('中共幸福社区委员会');
  await page.getByLabel('联系电话', { exact: true }).fill('1380013800');
  await expect(page.getByText('手机号应为 11 位，现为 10 位')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
  await expect(page.getByLabel('单位名称（落款）', { exact: true })).toHaveValue('中共幸福社区委员会');
});

test('large-type mode survives a reload', async ({ page }) => {
  await page.goto('/#/settings');
  const heading = page.getByRole('heading', { name: '设置', level: 1 });
  const normalSize = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.getByRole('switch', { name: '大字模式' }).check();
  await expect
    .poll(() => heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)))
    .toBeGreaterThan(normalSize);

  await page.reload();
  await expect(page.getByRole('switch', { name: '大字模式' })).toBeChecked();
  const largeSize = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(largeSize).toBeGreaterThan(normalSize);
});

test('the page is served with a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/https?:/);
});
