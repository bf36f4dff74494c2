import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { chooseOption } from './roster-helpers';

/** Adds a member of 第一党支部 through the roster's 新增党员 dialog (the page must be the roster). */
export async function addBranchMember(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(name);
  await chooseOption(page, '所在党支部', '第一党支部');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/** Clicks something that saves a file and returns the download's name and bytes. */
export async function savedFile(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}
