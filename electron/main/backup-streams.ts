import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IpcFailure } from './ipc/envelope';

interface Writing {
  handle: FileHandle;
  temp: string;
  target: string;
  size: number;
  /** Runs after the rename (e.g. pruning old automatic backups). */
  afterFinish?: () => Promise<void>;
}

interface Reading {
  handle: FileHandle;
  name: string;
  size: number;
}

/** Files open at once; a page that forgets to close cannot exhaust the process's handles. */
export const MAX_OPEN_STREAMS = 8;

/** The temporary file a backup is written to, beside its target so the final rename stays on one disk. */
export function tempPathFor(target: string, token: string): string {
  return join(dirname(target), `.${basename(target)}.${token.slice(0, 8)}.part`);
}

/**
 * Backup files written and read in chunks for the page, each named by a random token. A backup is
 * written to a temporary file, flushed to disk and only then renamed to its name: a backup that was
 * interrupted (window closed, USB stick pulled) never leaves a file that looks finished.
 */
export class BackupStreams {
  constructor(private readonly onAfterFinishError?: (error: unknown) => void) {}

  private readonly writing = new Map<string, Writing>();
  private readonly reading = new Map<string, Reading>();

  private checkRoom(): void {
    if (this.writing.size + this.reading.size >= MAX_OPEN_STREAMS) {
      throw new IpcFailure('file-unwritable', '同时打开的备份文件过多，请重新启动程序后再试。');
    }
  }

  async beginWrite(target: string, afterFinish?: () => Promise<void>): Promise<string> {
    this.checkRoom();
    const token = randomUUID();
    const temp = tempPathFor(target, token);
    let handle: FileHandle;
    try {
      handle = await open(temp, 'wx');
    } catch {
      throw new IpcFailure(
        'file-unwritable',
        `无法在“${dirname(target)}”写入备份：请检查是否有写入权限或 U 盘是否写保护。`,
      );
    }
    this.writing.set(token, { handle, temp, target, size: 0, ...(afterFinish === undefined ? {} : { afterFinish }) });
    return token;
  }

  private writer(token: string): Writing {
    const entry = this.writing.get(token);
    if (entry === undefined) throw new IpcFailure('file-unwritable', '备份文件已关闭，请重新备份。');
    return entry;
  }

  async append(token: string, bytes: Uint8Array): Promise<void> {
    const entry = this.writer(token);
    try {
      await entry.handle.write(bytes, 0, bytes.length, entry.size);
      entry.size += bytes.length;
    } catch {
      await this.abort(token);
      throw new IpcFailure(
        'file-unwritable',
        `写入“${entry.target}”失败：磁盘空间可能不足，或 U 盘已拔出。备份未完成。`,
      );
    }
  }

  /**
   * Flushes a backup being written and opens its temporary file for reading, so the page can check
   * what reached the disk before the file is put in place under its name (`finish`).
   */
  async openWritten(token: string): Promise<{ token: string; name: string; size: number }> {
    const entry = this.writer(token);
    this.checkRoom();
    let handle: FileHandle | null = null;
    let size: number;
    try {
      await entry.handle.sync();
      handle = await open(entry.temp, 'r');
      ({ size } = await handle.stat());
    } catch {
      await handle?.close().catch(() => undefined);
      throw new IpcFailure('file-unreadable', `写好的备份无法重新读取以校验：“${entry.target}”。备份未完成。`);
    }
    const readToken = randomUUID();
    this.reading.set(readToken, { handle, name: basename(entry.target), size });
    return { token: readToken, name: basename(entry.target), size };
  }

  async finish(token: string): Promise<{ path: string; size: number }> {
    const entry = this.writer(token);
    try {
      await entry.handle.sync();
      await entry.handle.close();
      this.writing.delete(token);
      await rename(entry.temp, entry.target);
    } catch {
      await this.abort(token);
      throw new IpcFailure('file-unwritable', `备份无法保存为“${entry.target}”：请检查磁盘空间和写入权限。`);
    }
    // The backup is saved: a failure after this (pruning old automatic backups) must not report it failed.
    try {
      await entry.afterFinish?.();
    } catch (error) {
      this.onAfterFinishError?.(error);
    }
    return { path: entry.target, size: entry.size };
  }

  /** Closes and deletes the temporary file; nothing is left behind. */
  async abort(token: string): Promise<void> {
    const entry = this.writing.get(token);
    if (entry === undefined) return;
    this.writing.delete(token);
    await entry.handle.close().catch(() => undefined);
    await unlink(entry.temp).catch(() => undefined);
  }

  async openRead(path: string): Promise<{ token: string; name: string; size: number }> {
    this.checkRoom();
    const name = basename(path);
    try {
      const handle = await open(path, 'r');
      const { size } = await handle.stat();
      const token = randomUUID();
      this.reading.set(token, { handle, name, size });
      return { token, name, size };
    } catch {
      throw new IpcFailure('file-unreadable', `无法读取“${name}”：文件不存在或没有读取权限。`);
    }
  }

  async read(token: string, offset: number, length: number): Promise<Uint8Array> {
    const entry = this.reading.get(token);
    if (entry === undefined) throw new IpcFailure('file-unreadable', '备份文件已关闭，请重新选择。');
    const wanted = Math.max(0, Math.min(length, entry.size - offset));
    const out = new Uint8Array(wanted);
    let done = 0;
    try {
      while (done < wanted) {
        const { bytesRead } = await entry.handle.read(out, done, wanted - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
    } catch {
      throw new IpcFailure('file-unreadable', `读取“${entry.name}”失败：文件可能已被移走或 U 盘已拔出。`);
    }
    return done === wanted ? out : out.subarray(0, done);
  }

  async close(token: string): Promise<void> {
    const entry = this.reading.get(token);
    if (entry === undefined) return;
    this.reading.delete(token);
    await entry.handle.close().catch(() => undefined);
  }

  /** On quit: unfinished backups are deleted, open files closed. */
  async closeAll(): Promise<void> {
    for (const token of [...this.writing.keys()]) await this.abort(token);
    for (const token of [...this.reading.keys()]) await this.close(token);
  }
}
