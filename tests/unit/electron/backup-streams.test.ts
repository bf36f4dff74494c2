import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStreams, MAX_OPEN_STREAMS } from '../../../electron/main/backup-streams';
import { ipcContract } from '../../../electron/shared/ipc-contract';

describe('backup files written and read in chunks by main', () => {
  let folder = '';
  afterEach(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });
  const fresh = async () => (folder = await mkdtemp(join(tmpdir(), 'ledger-streams-')));

  it('a backup appears under its name only when finished: chunks go to a hidden temporary file first', async () => {
    const dir = await fresh();
    const target = join(dir, '党员教育台账备份.pdbak');
    const streams = new BackupStreams();
    let pruned = false;
    const token = await streams.beginWrite(target, () => {
      pruned = true;
      return Promise.resolve();
    });
    await streams.append(token, new Uint8Array([1, 2, 3]));
    await streams.append(token, new Uint8Array([4, 5]));
    expect(await readdir(dir)).not.toContain('党员教育台账备份.pdbak');
    expect((await readdir(dir)).some((name) => name.endsWith('.part'))).toBe(true);
    expect(await streams.finish(token)).toEqual({ path: target, size: 5 });
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4, 5]);
    expect(await readdir(dir)).toEqual(['党员教育台账备份.pdbak']);
    expect(pruned).toBe(true);
  });

  it('an aborted backup leaves nothing behind and an older file of the same name untouched', async () => {
    const dir = await fresh();
    const target = join(dir, 'b.pdbak');
    await writeFile(target, 'older backup');
    const streams = new BackupStreams();
    const token = await streams.beginWrite(target);
    await streams.append(token, new Uint8Array(100));
    await streams.abort(token);
    expect(await readdir(dir)).toEqual(['b.pdbak']);
    expect(await readFile(target, 'utf8')).toBe('older backup');
    await expect(streams.append(token, new Uint8Array(1))).rejects.toThrow('已关闭');
  });

  it('reads a file in slices by token, and refuses a closed one', async () => {
    const dir = await fresh();
    const path = join(dir, 'r.pdbak');
    await writeFile(
      path,
      Uint8Array.from({ length: 1000 }, (_, i) => i % 256),
    );
    const streams = new BackupStreams();
    const opened = await streams.openRead(path);
    expect(opened).toMatchObject({ name: 'r.pdbak', size: 1000 });
    expect([...(await streams.read(opened.token, 998, 10))]).toEqual([998 % 256, 999 % 256]);
    expect((await streams.read(opened.token, 100, 300)).length).toBe(300);
    await streams.close(opened.token);
    await expect(streams.read(opened.token, 0, 1)).rejects.toThrow('已关闭');
  });

  it('a backup being written can be re-read (flushed) for verification before it gets its name', async () => {
    const dir = await fresh();
    const target = join(dir, '待校验.pdbak');
    const streams = new BackupStreams();
    const token = await streams.beginWrite(target);
    await streams.append(token, new Uint8Array([1, 2, 3, 4, 5]));
    const opened = await streams.openWritten(token);
    expect(opened).toMatchObject({ name: '待校验.pdbak', size: 5 });
    expect([...(await streams.read(opened.token, 1, 3))]).toEqual([2, 3, 4]);
    expect(await readdir(dir)).not.toContain('待校验.pdbak');
    await streams.close(opened.token);
    expect(await streams.finish(token)).toEqual({ path: target, size: 5 });
    await expect(streams.openWritten(token)).rejects.toThrow('已关闭');
  });

  it('a backup that failed its verification is aborted after its reader is closed: nothing is left', async () => {
    const dir = await fresh();
    const streams = new BackupStreams();
    const token = await streams.beginWrite(join(dir, 'bad.pdbak'));
    await streams.append(token, new Uint8Array(10));
    const opened = await streams.openWritten(token);
    await streams.close(opened.token);
    await streams.abort(token);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses more open files than the cap, and closeAll deletes unfinished backups', async () => {
    const dir = await fresh();
    const streams = new BackupStreams();
    for (let i = 0; i < MAX_OPEN_STREAMS; i += 1) await streams.beginWrite(join(dir, `${String(i)}.pdbak`));
    await expect(streams.beginWrite(join(dir, 'x.pdbak'))).rejects.toThrow('过多');
    await streams.closeAll();
    expect(await readdir(dir)).toEqual([]);
  });

  it('the page names open files by token only: paths and made-up tokens are refused by the contract', () => {
    const read = ipcContract['backup:read'].input;
    expect(read.safeParse({ token: '0f8fad5b-d9cb-469f-a165-70867728950e', offset: 0, length: 10 }).success).toBe(true);
    expect(read.safeParse({ token: '../../etc/passwd', offset: 0, length: 10 }).success).toBe(false);
    expect(read.safeParse({ token: '0f8fad5b-d9cb-469f-a165-70867728950e', offset: -1, length: 10 }).success).toBe(
      false,
    );
  });
});
