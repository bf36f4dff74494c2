import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { chooseOption } from './roster-helpers';

/** Registers a member through the roster's own form (the organisation must exist). */
export async function addMemberInRoster(page: Page, name: string, branch = '第一党支部'): Promise<void> {
  await page.goto('/#/members');
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(name);
  await chooseOption(page, '所在党支部', branch);
  await dialog.getByLabel('加入党组织日期').fill('1990-07-01');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已登记 ${name}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

export async function openDataTab(page: Page, tab: '备份与恢复' | '回收站' | '操作日志' | '数据检查'): Promise<void> {
  await page.goto('/#/data');
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * Puts rows straight into the app's database with plain IndexedDB, as a bug or an older version of
 * the program might have left them (the check and the recycle bin must cope with what is stored).
 */
export function putRows(page: Page, rows: Record<string, Record<string, unknown>[]>): Promise<void> {
  return page.evaluate(async (byStore) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('party-edu-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    const tx = db.transaction(Object.keys(byStore), 'readwrite');
    for (const [store, values] of Object.entries(byStore)) for (const value of values) tx.objectStore(store).put(value);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, rows);
}

/** One row of the app's database, read with plain IndexedDB. */
export function getRow(page: Page, store: string, key: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    async ({ store: name, key: id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('party-edu-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      const row = await new Promise<unknown>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).get(id);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      db.close();
      return row as Record<string, unknown> | undefined;
    },
    { store, key },
  );
}
