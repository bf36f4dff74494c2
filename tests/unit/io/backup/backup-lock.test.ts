import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { backupAppLock, compareLocks } from '../../../../renderer/src/io/backup/backup-lock';
import { openBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { backupOf, NOW, scratchDatabases, seedStore } from './helpers';

const lockA = { hash: 'a'.repeat(64), salt: 'c2FsdEE=', iterations: 600_000, idleMinutes: 5 };
const lockB = { hash: 'b'.repeat(64), salt: 'c2FsdEI=', iterations: 310_000, idleMinutes: 0 };

describe('a backup’s 程序锁 against this PC’s', () => {
  const { open, openRestored } = scratchDatabases();

  it('the preview can tell whether the backup carries a different lock', async () => {
    const db = await open('lock-cmp');
    await seedStore(db);
    await db.settings.put({ key: 'appLock', value: lockB, updatedAt: NOW });
    const { bytes } = await backupOf(db);
    const inBackup = await backupAppLock(await openBackup(bytes, LATEST_SCHEMA_VERSION));
    expect(inBackup).toEqual(lockB);
    expect(compareLocks(inBackup, lockA)).toBe('different');
    expect(compareLocks(inBackup, lockB)).toBe('same');
    expect(compareLocks(inBackup, null)).toBe('only-backup');
    expect(compareLocks(null, lockA)).toBe('only-current');
    expect(compareLocks(null, undefined)).toBe('none');
  });

  it.each(['replace', 'merge'] as const)(
    'a %s keeps this PC’s lock unless the user chose the backup’s',
    async (mode) => {
      const source = await open('lock-src');
      await seedStore(source);
      await source.settings.put({ key: 'appLock', value: lockB, updatedAt: '2030-01-01T00:00:00.000Z' });
      const { bytes } = await backupOf(source);

      const current = await open('lock-cur');
      await current.settings.put({ key: 'appLock', value: lockA, updatedAt: NOW });
      const kept = await restoreBackup(current, bytes, { mode });
      expect((await (await openRestored(kept.databaseName)).settings.get('appLock'))?.value).toEqual(lockA);

      const chosen = await restoreBackup(current, bytes, { mode, lock: 'from-backup' });
      expect((await (await openRestored(chosen.databaseName)).settings.get('appLock'))?.value).toEqual(lockB);

      // A PC without a lock stays without one.
      const unlocked = await open('lock-none');
      const none = await restoreBackup(unlocked, bytes, { mode });
      expect(await (await openRestored(none.databaseName)).settings.get('appLock')).toBeUndefined();
    },
  );
});
