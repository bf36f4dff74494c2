import type { LedgerDatabase } from '../database';

/** The IndexedDB name of the open store (a restore switches to a new one). */
export function storeName(db: LedgerDatabase): string {
  return db.name;
}

/** Every table of the store, by name. */
export function tableNames(db: LedgerDatabase): string[] {
  return db.tables.map((table) => table.name);
}

/** How many rows each table holds, recycle bin included (what a restore would replace). */
export async function tableCounts(db: LedgerDatabase): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
  );
}

/**
 * Stops this window from reading or writing its store (another window restored a backup: whatever this
 * one wrote now would land in the data just replaced).
 */
export function closeStore(db: LedgerDatabase): void {
  db.close();
}
