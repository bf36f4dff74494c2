/**
 * The raw baselines: what the machine can do with IndexedDB and nothing else — a bare `put` loop in
 * one transaction, the same in relaxed batches, a bare `getAll` on an index. Every figure of the app is printed beside one of these.
 */

export interface StoreShape {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[];
}

export const RAW_DATABASE = 'bench-raw-baseline';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB 请求失败'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB 事务失败'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB 事务中止'));
  });
}

export function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

export async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('删除数据库失败'));
    req.onblocked = () => resolve();
  });
}

/** The object stores and indexes of a database, so a baseline writes with the same index upkeep. */
export function shapeOf(db: IDBDatabase, stores?: readonly string[]): StoreShape[] {
  const names = stores ?? [...db.objectStoreNames];
  const transaction = db.transaction(names, 'readonly');
  return names.map((name) => {
    const store = transaction.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
      }),
    };
  });
}

/** A fresh database with the given shape (created outside any timing). */
export async function createShaped(name: string, shape: readonly StoreShape[]): Promise<IDBDatabase> {
  await deleteDatabase(name);
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const store of shape) {
      const created = open.result.createObjectStore(store.name, {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
      });
      for (const index of store.indexes) {
        created.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
      }
    }
  };
  return request(open);
}

export async function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).getAll());
}

/**
 * Writes the records with a bare put loop in ONE transaction into a fresh database shaped like the
 * source, and returns the milliseconds from the first put to the transaction's completion.
 */
export async function timedPutLoop(
  shape: readonly StoreShape[],
  records: ReadonlyMap<string, readonly unknown[]>,
): Promise<number> {
  const db = await createShaped(RAW_DATABASE, shape);
  try {
    const names = [...records.keys()];
    const start = performance.now();
    const transaction = db.transaction(names, 'readwrite', { durability: 'default' });
    for (const name of names) {
      const store = transaction.objectStore(name);
      for (const record of records.get(name) ?? []) store.put(record);
    }
    await done(transaction);
    return performance.now() - start;
  } finally {
    db.close();
    await deleteDatabase(RAW_DATABASE);
  }
}

/** Records per transaction for the fastest raw write: large enough that commits are rare. */
const BULK_BATCH = 50_000;

/**
 * The fastest raw write this browser offers: put loops in large batches, one transaction per batch with
 * Chrome's relaxed durability (no flush per commit), into a fresh database shaped like the source.
 * The restore writes the same way (its database is not in use until the switch), so this is its floor.
 */
export async function timedRelaxedBulkWrite(
  shape: readonly StoreShape[],
  records: ReadonlyMap<string, readonly unknown[]>,
): Promise<number> {
  const db = await createShaped(RAW_DATABASE, shape);
  try {
    const start = performance.now();
    for (const name of records.keys()) {
      const rows = records.get(name) ?? [];
      for (let from = 0; from < rows.length; from += BULK_BATCH) {
        const transaction = db.transaction(name, 'readwrite', { durability: 'relaxed' });
        const store = transaction.objectStore(name);
        for (const record of rows.slice(from, from + BULK_BATCH)) store.put(record);
        await done(transaction);
      }
    }
    return performance.now() - start;
  } finally {
    db.close();
    await deleteDatabase(RAW_DATABASE);
  }
}

export interface CursorRange {
  store: string;
  /** Omit to walk the primary key. */
  index?: string;
  lower?: IDBValidKey;
  upper?: IDBValidKey;
  only?: IDBValidKey;
}

function keyRange(range: CursorRange): IDBKeyRange | undefined {
  if (range.only !== undefined) return IDBKeyRange.only(range.only);
  if (range.lower !== undefined && range.upper !== undefined) return IDBKeyRange.bound(range.lower, range.upper);
  if (range.lower !== undefined) return IDBKeyRange.lowerBound(range.lower);
  if (range.upper !== undefined) return IDBKeyRange.upperBound(range.upper);
  return undefined;
}

/**
 * Reads the rows with `getAll` on the same index and range (the fastest raw read IndexedDB offers: one
 * request per range, values materialised), all ranges in one transaction, nothing else.
 */
export async function timedIndexRead(
  databaseName: string,
  ranges: readonly CursorRange[],
): Promise<{ ms: number; rows: number }> {
  const db = await openRaw(databaseName);
  try {
    const start = performance.now();
    const transaction = db.transaction([...new Set(ranges.map((range) => range.store))], 'readonly');
    const results = await Promise.all(
      ranges.map((range) => {
        const store = transaction.objectStore(range.store);
        const source = range.index === undefined ? store : store.index(range.index);
        return request(source.getAll(keyRange(range)));
      }),
    );
    const rows = results.reduce((sum, values) => sum + values.length, 0);
    return { ms: performance.now() - start, rows };
  } finally {
    db.close();
  }
}

/** Walks every row of a store with a cursor, in pages, calling `visit` — for baselines that read everything. */
export async function eachRow(db: IDBDatabase, store: string, visit: (value: unknown) => void): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    const cursorRequest = db.transaction(store, 'readonly').objectStore(store).openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (cursor === null) {
        resolve();
        return;
      }
      visit(cursor.value);
      rows += 1;
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('游标读取失败'));
  });
  return rows;
}
