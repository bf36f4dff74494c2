import type Dexie from 'dexie';

/**
 * One `getAll` per key range on one index, all issued at once in a single read transaction of the
 * store, straight on IndexedDB. For the overview's per-member look-ups (hundreds of small ranges) the
 * cost is the number of requests, and Dexie adds a promise chain, a cache lookup and a live-query range
 * for each; here a request costs only the database's own round trip. The caller keeps the page live by
 * what else it reads through Dexie (these rows change only with writes that also change those).
 */
export async function getAllInRanges<T>(
  db: Dexie,
  store: string,
  index: string,
  ranges: readonly IDBKeyRange[],
): Promise<T[][]> {
  if (ranges.length === 0) return [];
  if (!db.isOpen()) await db.open();
  const source = db.backendDB().transaction(store, 'readonly').objectStore(store).index(index);
  return Promise.all(
    ranges.map(
      (range) =>
        new Promise<T[]>((resolve, reject) => {
          const request = source.getAll(range);
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error ?? new Error(`读取 ${store} 失败`));
        }),
    ),
  );
}

/** Every key of `memberId` on a `[memberId+…]` index: from (memberId, after) exclusive, or all. */
export function memberRange(memberId: string, after?: string): IDBKeyRange {
  return after === undefined
    ? IDBKeyRange.bound([memberId], [memberId, []])
    : IDBKeyRange.bound([memberId, after], [memberId, []], true, false);
}
