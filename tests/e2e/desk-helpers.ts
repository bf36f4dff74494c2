import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Loads the sample community through the settings page, as a new user trying the app would. */
export async function loadSampleData(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 60_000 });
}

/** Switches 大字模式 on in settings, as an older member of staff would. */
export async function useLargeType(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('大字模式', { exact: true }).check();
  await expect(page.getByLabel('大字模式', { exact: true })).toBeChecked();
}
