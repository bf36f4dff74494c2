import { describe, expect, it } from 'vitest';
import { readActivePointer, switchActiveDatabase, undoLastRestore } from '../../../../renderer/src/db/active-database';
import { purgeDeleted } from '../../../../renderer/src/db/repositories/recycle-bin-repository';
import { mergeWinner } from '../../../../renderer/src/domain/rules/backup-merge-winner';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { backupOf, member, NOW, scratchDatabases, seedStore } from './helpers';

describe('a merge honours purges and distrusts future clocks', () => {
  const { open, openRestored } = scratchDatabases();

  it('a member purged here after the backup was made does not come back with a merge', async () => {
    const db = await open('tomb');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    // m2 is in the recycle bin in the seed: purge it now, after the backup.
    await purgeDeleted(db, 'members', ['m2']);
    expect(await db.tombstones.get('members:m2')).toMatchObject({ tableName: 'members', recordId: 'm2' });
    const result = await restoreBackup(db, bytes, { mode: 'merge' });
    const merged = await openRestored(result.databaseName);
    expect(await merged.members.get('m2')).toBeUndefined();
    expect(await merged.members.get('m1')).toBeDefined();
    expect(result.purgedKeptOut).toBe(1);
  });

  it('purging a record that points at a stored file names the file, so it is deleted too', async () => {
    const db = await open('purge-file');
    await db.files.put({
      id: 'f9',
      name: '课件.mp4',
      mimeType: 'video/mp4',
      size: 1,
      storedPath: '0f8fad5b-d9cb-469f-a165-70867728950e.mp4',
      deletedAt: NOW,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await purgeDeleted(db, 'files', ['f9'])).toEqual(['0f8fad5b-d9cb-469f-a165-70867728950e.mp4']);
  });

  it('a backup that purged a record keeps it out of this PC’s data too', async () => {
    const other = await open('tomb-other');
    await seedStore(other);
    await purgeDeleted(other, 'members', ['m2']);
    const { bytes } = await backupOf(other);
    const here = await open('tomb-here');
    await seedStore(here);
    const result = await restoreBackup(here, bytes, { mode: 'merge' });
    expect(await (await openRestored(result.databaseName)).members.get('m2')).toBeUndefined();
  });

  it('a record edited on a PC whose clock ran years ahead does not win; its time is clamped and reported', async () => {
    const other = await open('future');
    await seedStore(other);
    await other.members.put({ ...member('m1', '张三（错时钟）'), updatedAt: '2099-01-01T00:00:00.000Z' } as never);
    const { bytes } = await backupOf(other);
    const here = await open('present');
    await seedStore(here);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Edited here after the other PC made its backup: the later change, whatever the other clock said.
    const recent = new Date().toISOString();
    await here.members.put({ ...member('m1', '张三（本机新改）'), updatedAt: recent } as never);
    const result = await restoreBackup(here, bytes, { mode: 'merge' });
    expect(result.clampedFuture).toBe(1);
    const merged = await openRestored(result.databaseName);
    expect((await merged.members.get('m1'))?.name).toBe('张三（本机新改）');
    const changeLine = (await merged.changeLog.toArray()).find((line) => line.action === 'restore');
    expect(changeLine?.summary).toContain('修改时间晚于现在');
    for (const row of await merged.members.toArray()) expect(row.updatedAt <= new Date().toISOString()).toBe(true);
  });

  it('the merge rule treats a future time as now', () => {
    const now = '2024-05-01T00:00:00.000Z';
    expect(mergeWinner({ updatedAt: '2099-01-01' }, { updatedAt: '2024-04-30T23:59:59.000Z' }, now)).toBe('backup');
    expect(mergeWinner({ updatedAt: '2099-01-01' }, { updatedAt: now }, now)).toBe('current');
    expect(mergeWinner({ updatedAt: NOW }, { updatedAt: '2099-01-01' }, NOW)).toBe('current');
  });
});

describe('撤销恢复', () => {
  const { open, openRestored } = scratchDatabases();

  it('points the app back at the data from before the last restore', async () => {
    const db = await open('undo');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    const result = await restoreBackup(db, bytes, { mode: 'replace' });
    await openRestored(result.databaseName);
    expect((await readActivePointer()).name).toBe(result.databaseName);
    expect(await undoLastRestore()).toBe(true);
    expect(await readActivePointer()).toMatchObject({ name: db.name, previous: result.databaseName });
  });

  it('does nothing when no restore happened', async () => {
    await switchActiveDatabase('party-edu-ledger', 'party-edu-ledger');
    expect(await undoLastRestore()).toBe(false);
  });
});
