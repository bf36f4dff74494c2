import { beforeAll, describe, expect, it, vi } from 'vitest';
import { backupTo } from '../../../../renderer/src/features/backup/backup-file';
import {
  getAutoBackupStatus,
  runAutoBackup,
  unresolvedFailure,
} from '../../../../renderer/src/db/repositories/auto-backup-status-repository';
import { memorySink } from '../../../../renderer/src/io/backup/backup-sink';
import type { BackupSource } from '../../../../renderer/src/io/backup/backup-source';
import { bytesSource } from '../../../../renderer/src/io/backup/backup-source';
import type { BackupFileWriter } from '../../../../renderer/src/platform/platform-types';
import { scratchDatabases, seedStore } from './helpers';

beforeAll(() => {
  // backupTo asks the platform whether it is Electron; here it is the browser's.
  vi.stubGlobal('window', {});
});

/** A writer like the browser's, whose "written" bytes can be spoiled as a bad disk would. */
function fakeWriter(spoil: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes) {
  const sink = memorySink();
  const calls: string[] = [];
  const writer: BackupFileWriter = {
    write: (chunk) => sink.write(chunk),
    written(): Promise<BackupSource> {
      calls.push('written');
      return Promise.resolve(bytesSource(spoil(sink.bytes().slice())));
    },
    finish() {
      calls.push('finish');
      return Promise.resolve({ name: 'b.pdbak' });
    },
    abort() {
      calls.push('abort');
      return Promise.resolve();
    },
  };
  return { writer, calls };
}

function flipMiddle(bytes: Uint8Array): Uint8Array {
  const at = Math.floor(bytes.length / 3);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  return bytes;
}

describe('a backup is reported saved only after the finished file was re-read and checked', () => {
  const { open } = scratchDatabases();

  it('re-reads what was written, shows the verify step, then puts the file in place', async () => {
    const db = await open('verified-ok');
    await seedStore(db);
    const { writer, calls } = fakeWriter();
    const steps: number[] = [];
    const { saved } = await backupTo(db, writer, undefined, undefined, ({ partsDone }) => steps.push(partsDone));
    expect(saved).toEqual({ name: 'b.pdbak' });
    expect(calls).toEqual(['written', 'finish']);
    expect(steps[0]).toBe(0);
    expect(steps.length).toBeGreaterThan(2);
    db.close();
  });

  it('a flipped byte in the written file fails the backup loudly: nothing is put in place', async () => {
    const db = await open('verified-flip');
    await seedStore(db);
    const { writer, calls } = fakeWriter(flipMiddle);
    await expect(backupTo(db, writer)).rejects.toThrow(/校验时发现问题/);
    expect(calls).toEqual(['written', 'abort']);
    db.close();
  });

  it('a truncated written file fails the backup', async () => {
    const db = await open('verified-cut');
    await seedStore(db);
    const { writer, calls } = fakeWriter((bytes) => bytes.subarray(0, bytes.length - 10));
    await expect(backupTo(db, writer)).rejects.toThrow(/文件大小为/);
    expect(calls).toEqual(['written', 'abort']);
    db.close();
  });

  it('an automatic backup that fails its verification is kept as a failure on the overview and in the change log', async () => {
    const db = await open('verified-auto');
    await seedStore(db);
    const { writer } = fakeWriter(flipMiddle);
    const ok = await runAutoBackup(db, '每日自动备份', async () => {
      await backupTo(db, writer);
    });
    expect(ok).toBe(false);
    const failure = unresolvedFailure(await getAutoBackupStatus(db));
    expect(failure?.message).toMatch(/校验时发现问题/);
    const log = await db.changeLog.toArray();
    expect(log.some((line) => /每日自动备份失败：.*校验时发现问题/.test(JSON.stringify(line)))).toBe(true);

    const good = fakeWriter();
    const saved = await runAutoBackup(db, '每日自动备份', async () => {
      await backupTo(db, good.writer);
    });
    expect(saved).toBe(true);
    expect(unresolvedFailure(await getAutoBackupStatus(db))).toBeNull();
    expect((await db.changeLog.toArray()).some((line) => JSON.stringify(line).includes('已重新读取校验'))).toBe(true);
    db.close();
  });
});
