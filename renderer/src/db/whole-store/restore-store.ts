import Dexie from 'dexie';
import { LedgerDatabase } from '../database';
import { SCHEMA_VERSIONS } from '../versions';
import { SAFETY_KEYS } from '../repositories/safety-settings-repository';

/**
 * The new database a restore writes, opened at one schema version. `upToVersion` is the backup's
 * version while its rows are written (Dexie's own upgrades then bring it to the current one), or
 * undefined for the current version. Writes skip the change log (the restore logs one line) and,
 * when `relaxed`, the disk flush at every commit: the store is not in use until the switch, and a
 * restore interrupted by a crash is simply redone.
 */
export async function openRestoreStore(
  name: string,
  options: { upToVersion?: number; relaxed: boolean },
): Promise<LedgerDatabase> {
  const { upToVersion } = options;
  const versions =
    upToVersion === undefined ? SCHEMA_VERSIONS : SCHEMA_VERSIONS.filter((version) => version.version <= upToVersion);
  const store = new LedgerDatabase(name, versions, {
    logChanges: !options.relaxed,
    durability: options.relaxed ? 'relaxed' : 'strict',
  });
  await store.open();
  return store;
}

export function hasTable(store: Dexie, tableName: string): boolean {
  return store.tables.some((table) => table.name === tableName);
}

/** Adds `rows` to one table of a store being restored (not yet in use, so no one sees a part half written). */
export async function addRows(store: Dexie, tableName: string, rows: unknown[]): Promise<void> {
  const table = store.table(tableName);
  await store.transaction('rw', table, () => table.bulkAdd(rows));
}

/** Puts this PC's 程序锁 setting (or its absence) into the restored store. */
export async function keepCurrentLock(current: Dexie, restored: Dexie): Promise<void> {
  const row: unknown = await current.table('settings').get(SAFETY_KEYS.appLock);
  const settings = restored.table('settings');
  if (row === undefined) await settings.delete(SAFETY_KEYS.appLock);
  else await settings.put(row);
}

/** Deletes a restore's unfinished database; a failure to delete is left to the start-up sweep. */
export async function discardRestoreStore(name: string): Promise<void> {
  await Dexie.delete(name).catch(() => undefined);
}
