import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../../renderer/src/db/open-database';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/versions';
import { deleteDatabase, uniqueDatabaseName } from './schema-harness';

describe('opening the store', () => {
  const name = uniqueDatabaseName('open');
  afterEach(() => deleteDatabase(name));

  it('refuses a store written by a newer version, with a Chinese reason, and leaves it untouched', async () => {
    const newer = new Dexie(name);
    newer.version(LATEST_SCHEMA_VERSION + 5).stores({ settings: 'key', futureTable: 'id' });
    await newer.open();
    await newer.table('futureTable').put({ id: 'a', value: 1 });
    newer.close();

    const error = await openDatabase(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).kind).toBe('newer-version');
    expect((error as Error).message).toMatch(/更新版本/);

    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(await check.table('futureTable').get('a')).toEqual({ id: 'a', value: 1 });
    check.close();
  });
});
