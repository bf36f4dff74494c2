import Dexie from 'dexie';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/versions';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function uniqueDatabaseName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a store exactly as an older release left it: only the schema versions up to `version`,
 * seeded by `seed` through that old schema. Every schema change's test starts here.
 */
export async function seedAtVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>): Promise<void> {
  const older = new LedgerDatabase(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  await older.open();
  try {
    await seed(older);
  } finally {
    older.close();
  }
}

/** Opens the same store with the current code, running every upgrade since. */
export async function openCurrent(name: string): Promise<LedgerDatabase> {
  const db = new LedgerDatabase(name);
  await db.open();
  return db;
}

export async function deleteDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}
