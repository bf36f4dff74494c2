import type { Transaction } from 'dexie';

/**
 * One schema version: the Dexie `stores()` map and an optional upgrade. Versions are cumulative and
 * append-only: a released version is never edited, a change is a new file with its own test.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}
