import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findStaleDatabases, readActivePointer, switchActiveDatabase } from '../../../renderer/src/db/active-database';
import { DATABASE_NAME } from '../../../renderer/src/db/database';
import {
  RESTORE_BUSY_MESSAGE,
  sweepStaleDatabases,
  withRestoreLock,
  writingLockName,
} from '../../../renderer/src/db/restore-lock';

/**
 * Just enough of the Web Locks API for one window's view: exclusive locks, `ifAvailable`, and `query`.
 * The e2e spec restore-tabs runs the real one across two pages.
 */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    async request(name: string, ...args: unknown[]) {
      const callback = args.at(-1) as (lock: { name: string } | null) => Promise<unknown>;
      const options = (args.length === 2 ? args[0] : {}) as { ifAvailable?: boolean };
      if (held.has(name)) {
        if (options.ifAvailable === true) return callback(null);
        throw new Error('the fake does not queue');
      }
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
    query: () => Promise.resolve({ held: [...held].map((name) => ({ name, mode: 'exclusive' })), pending: [] }),
  };
}

async function createDatabase(name: string): Promise<void> {
  const db = new Dexie(name);
  db.version(1).stores({ settings: 'key' });
  await db.open();
  db.close();
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

describe('restores and the start-up sweep across windows', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    for (const name of await databaseNames()) if (name.startsWith(DATABASE_NAME)) await Dexie.delete(name);
  });

  it('never sweeps the database another window switched to after this one opened', async () => {
    await createDatabase(DATABASE_NAME);
    const openedHere = (await readActivePointer()).name;
    await createDatabase(`${DATABASE_NAME}-r5000`);
    // Another window finishes a restore between this window's start and its sweep.
    await switchActiveDatabase(`${DATABASE_NAME}-r5000`, DATABASE_NAME);
    await createDatabase(`${DATABASE_NAME}-r4000`);

    expect(await findStaleDatabases([openedHere])).toEqual([`${DATABASE_NAME}-r4000`]);
  });

  it('a second restore is refused while one runs, and the sweep skips the database being written', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    await createDatabase(DATABASE_NAME);
    await createDatabase(`${DATABASE_NAME}-r1000`);

    const order: string[] = [];
    await withRestoreLock(async (writing) => {
      await createDatabase(writing);
      await createDatabase(`${DATABASE_NAME}-r2000`);
      expect(locks.held.has(writingLockName(writing))).toBe(true);
      await expect(withRestoreLock(() => Promise.resolve('second'))).rejects.toThrow(RESTORE_BUSY_MESSAGE);
      // A window starting now sweeps nothing at all.
      expect(await sweepStaleDatabases(DATABASE_NAME)).toEqual([]);
      order.push('restored');
    });
    expect(order).toEqual(['restored']);

    // With the restore over, a database whose writing lock is held (e.g. by a test harness) is still kept.
    await locks.request(writingLockName(`${DATABASE_NAME}-r1000`), async () => {
      const swept = await sweepStaleDatabases(DATABASE_NAME);
      expect(swept).toContain(`${DATABASE_NAME}-r2000`);
      expect(swept).not.toContain(`${DATABASE_NAME}-r1000`);
    });
    expect(await databaseNames()).toContain(`${DATABASE_NAME}-r1000`);
    expect(await databaseNames()).not.toContain(`${DATABASE_NAME}-r2000`);
  });

  it('without navigator.locks (old browsers) a restore still runs', async () => {
    vi.stubGlobal('navigator', {});
    expect(await withRestoreLock((name) => Promise.resolve(name))).toMatch(/^party-edu-ledger-r\d+$/);
  });
});
