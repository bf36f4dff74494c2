import type { Page } from '@playwright/test';

/** A branch and three members written straight into the app's IndexedDB (the roster is another feature's). */
export async function seedBranch(page: Page, names: readonly string[]): Promise<void> {
  await page.evaluate(async (memberNames) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('party-edu-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const stamp = '2026-01-01T00:00:00.000Z';
    const tx = db.transaction(['orgUnits', 'members'], 'readwrite');
    tx.objectStore('orgUnits').put({
      id: '00000000-0000-4000-8000-0000000000b1',
      createdAt: stamp,
      updatedAt: stamp,
      kind: 'branch',
      name: '第一党支部',
      order: 1,
    });
    memberNames.forEach((name, index) => {
      tx.objectStore('members').put({
        id: `00000000-0000-4000-8000-00000000000${String(index + 1)}`,
        createdAt: stamp,
        updatedAt: stamp,
        name,
        category: '正式党员',
        branchId: '00000000-0000-4000-8000-0000000000b1',
        joinDate: '2000-07-01',
        partyStanding: '正常',
        lostContact: false,
        floating: false,
        membershipStatus: 'active',
        namePinyin: `m${String(index)}`,
        nameInitials: '',
      });
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, names);
}

/** 'YYYY-MM' of today, and of `offset` months from it. */
export function monthFromNow(offset: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
