import Dexie from 'dexie';
import type { IndexableType, Table } from 'dexie';

/** Rows read per IndexedDB request: small enough to keep memory flat, big enough to be quick. */
export const PAGE_SIZE = 5_000;

export function primaryKeyPath(table: Table): string {
  const keyPath = table.schema.primKey.keyPath;
  return Array.isArray(keyPath) ? keyPath.join('+') : (keyPath ?? '');
}

/**
 * Reads a table in primary-key order, one page per request, so a million rows never sit in memory at
 * once. Each page is its own short read: the caller may await other work between pages.
 */
export async function* tablePages(table: Table, pageSize = PAGE_SIZE): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath;
  const inbound = typeof keyPath === 'string' || Array.isArray(keyPath);
  let last: IndexableType | undefined;
  let offset = 0;
  for (;;) {
    const rows: unknown[] =
      last !== undefined
        ? await table.where(':id').above(last).limit(pageSize).toArray()
        : await table.orderBy(':id').offset(offset).limit(pageSize).toArray();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    offset += rows.length;
    // Outbound keys (none today) fall back to offset paging.
    if (inbound) last = Dexie.getByKeyPath(rows[rows.length - 1] as object, keyPath) as IndexableType;
  }
}
