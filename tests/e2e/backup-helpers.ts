import type { Page } from '@playwright/test';

/** Every table of the active database, read with plain IndexedDB in the page (Blobs as text). */
export function dumpActiveDatabase(page: Page): Promise<{ name: string; tables: Record<string, unknown[]> }> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
    const openDb = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
    let name = 'party-edu-ledger';
    const databases = await indexedDB.databases();
    if (databases.some((info) => info.name === 'party-edu-ledger-meta')) {
      const meta = await openDb('party-edu-ledger-meta');
      const pointer = (await request(meta.transaction('pointers').objectStore('pointers').get('active'))) as
        { name: string } | undefined;
      meta.close();
      if (pointer !== undefined) name = pointer.name;
    }
    const db = await openDb(name);
    const tables: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = (await request(db.transaction(store).objectStore(store).getAll())) as Record<string, unknown>[];
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) {
          if (value instanceof Blob) row[key] = `blob:${value.type}:${await value.text()}`;
        }
      }
      tables[store] = rows;
    }
    db.close();
    return { name, tables };
  });
}

/** Adds rows straight into the active database (tables the other features fill through their pages). */
export function seedRows(page: Page, attendanceRows: number): Promise<void> {
  return page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('party-edu-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    const now = '2024-05-01T08:00:00.000Z';
    const tx = db.transaction(['members', 'attendance', 'files', 'orgUnits'], 'readwrite');
    tx.objectStore('orgUnits').put({ id: 'b1', kind: 'branch', name: '第一党支部', createdAt: now, updatedAt: now });
    for (const [id, name] of [
      ['m1', '张三'],
      ['m2', '李四'],
      ['m3', '王五'],
    ]) {
      tx.objectStore('members').put({
        id,
        name,
        idNumber: '11010519491231002X',
        branchId: 'b1',
        createdAt: now,
        updatedAt: now,
      });
    }
    for (let i = 0; i < count; i += 1) {
      tx.objectStore('attendance').put({
        id: `att-${String(i).padStart(7, '0')}`,
        activityId: 'act1',
        memberId: `m${(i % 3) + 1}`,
        personName: '张三',
        date: '2024-04-01',
        hours: 1,
        status: 'present',
        createdAt: now,
        updatedAt: now,
      });
    }
    tx.objectStore('files').put({
      id: 'f1',
      name: '会议记录.txt',
      mimeType: 'text/plain',
      size: 12,
      blob: new Blob(['三会一课记录'], { type: 'text/plain' }),
      createdAt: now,
      updatedAt: now,
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, attendanceRows);
}

export async function deleteMember(page: Page, id: string): Promise<void> {
  await page.evaluate(async (memberId) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('party-edu-ledger');
      req.onsuccess = () => resolve(req.result);
    });
    const tx = db.transaction('members', 'readwrite');
    tx.objectStore('members').delete(memberId);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);
}
