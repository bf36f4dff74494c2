import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Builds 幸福社区党委 → 第一党支部 (第一党小组) and 第二党支部 through the UI. */
export async function buildOrganisation(page: Page): Promise<void> {
  await page.goto('/#/organisation');
  await page.getByRole('button', { name: '创建党委' }).click();
  await page.getByLabel('党委名称').fill('幸福社区党委');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('org-unit').filter({ hasText: '幸福社区党委' })).toBeVisible();
  for (const branch of ['第一党支部', '第二党支部']) {
    await page.getByRole('button', { name: '新建党支部：幸福社区党委' }).click();
    await page.getByLabel('党支部名称').fill(branch);
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByTestId('org-unit').filter({ hasText: branch })).toBeVisible();
  }
  await page.getByRole('button', { name: '新建党小组：第一党支部' }).click();
  await page.getByLabel('党小组名称').fill('第一党小组');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('org-unit').filter({ hasText: '第一党小组' })).toBeVisible();
}

export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
