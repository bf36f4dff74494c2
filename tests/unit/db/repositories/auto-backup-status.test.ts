import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  getAutoBackupStatus,
  runAutoBackup,
  unresolvedFailure,
} from '../../../../renderer/src/db/repositories/auto-backup-status-repository';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDatabase(name);
});

async function store(): Promise<LedgerDatabase> {
  const name = uniqueDatabaseName('auto-status');
  names.push(name);
  const db = new LedgerDatabase(name);
  await db.open();
  return db;
}

describe('automatic backup failures are not silent', () => {
  it('a failed daily backup is logged and shown until a later one succeeds', async () => {
    const db = await store();
    const ok = await runAutoBackup(db, '每日自动备份', () => Promise.reject(new Error('磁盘已满')));
    expect(ok).toBe(false);
    const failure = unresolvedFailure(await getAutoBackupStatus(db));
    expect(failure?.message).toBe('磁盘已满');
    const lines = await db.changeLog.where('action').equals('backup').toArray();
    expect(lines.map((line) => line.summary)).toContain('每日自动备份失败：磁盘已满');

    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await runAutoBackup(db, '每日自动备份', () => Promise.resolve())).toBe(true);
    expect(unresolvedFailure(await getAutoBackupStatus(db))).toBeNull();
  });

  it('an older failure does not hide behind nothing: no success yet means it shows', () => {
    expect(unresolvedFailure({ lastFailureAt: '2024-01-02', lastFailure: 'x' })).toEqual({
      at: '2024-01-02',
      message: 'x',
    });
    expect(unresolvedFailure({ lastFailureAt: '2024-01-02', lastSuccessAt: '2024-01-01' })).not.toBeNull();
    expect(unresolvedFailure({ lastSuccessAt: '2024-01-01' })).toBeNull();
  });
});
