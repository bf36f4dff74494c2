import type { Dexie } from 'dexie';
import { primaryKeyPath, tablePages } from '../table-pages';

/** A whole store at any schema version (the current one, or an older one a backup was made at). */
export type WholeStore = Dexie;

/**
 * One table of the store as the whole-store jobs (backup, export, restore) see it: a name, its key,
 * a count and its rows page by page. io/ writes and reads files through this view and never holds
 * a Dexie table itself.
 */
export interface StoreTable {
  name: string;
  /** The primary key's path, compound keys joined with "+". */
  primaryKey: string;
  count(): Promise<number>;
  /** Rows in key order, a page at a time; the next page is read while the caller works on this one. */
  pages(): AsyncGenerator<unknown[]>;
}

async function* prefetched(pages: AsyncGenerator<unknown[]>): AsyncGenerator<unknown[]> {
  let next = pages.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done === true) return;
      next = pages.next();
      yield current.value;
    }
  } finally {
    // A reader that stopped early leaves one read in flight: its outcome no longer matters.
    next.catch(() => undefined);
  }
}

/** Every table of `store`, whatever features added it, in the order the schema declares them. */
export function storeTables(store: WholeStore): StoreTable[] {
  return store.tables.map((table) => ({
    name: table.name,
    primaryKey: primaryKeyPath(table),
    count: () => table.count(),
    pages: () => prefetched(tablePages(table)),
  }));
}

/** Rows per table of `store`: the restore's last check against the backup's manifest. */
export async function countRowsPerTable(store: WholeStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of store.tables) counts[table.name] = await table.count();
  return counts;
}
