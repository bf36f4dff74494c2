import { app, BrowserWindow, dialog, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { IpcFailure } from './envelope';
import { formatMegabytes } from '../../shared/limits';
import { handle } from './register';

/** Where imported courseware and receipts live: a folder of the app's own data, never elsewhere. */
export function storedFilesRoot(userData: string): string {
  return join(userData, 'files');
}

/** A stored name: a fresh UUID plus the original extension (lower case), so names never collide. */
export function storedNameFor(originalName: string, id: string = randomUUID()): string {
  const extension = extname(originalName).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(extension) ? `${id}${extension}` : id;
}

/** Resolves a stored name inside the root; anything that would leave it is refused. */
export function resolveStoredPath(root: string, storedPath: string): string {
  const full = resolve(root, storedPath);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || inside.includes(sep) || resolve(root, inside) !== full) {
    throw new IpcFailure('invalid-input', '不是程序保存的文件，已拒绝。');
  }
  return full;
}

/** The Chinese reason a chosen file cannot be imported, or null. */
export function importSizeProblem(name: string, size: number, maxBytes: number): string | null {
  if (size > maxBytes) {
    return `文件“${name}”有 ${formatMegabytes(size)}，超过了 ${formatMegabytes(maxBytes)} 的上限，未导入。`;
  }
  if (size === 0) return `文件“${name}”是空的（0 字节），未导入。`;
  return null;
}

/** Whether the dialog's filters allow this file name (a user can still type any name into the dialog). */
export function extensionAllowed(name: string, filters: readonly { extensions: readonly string[] }[]): boolean {
  const extension = extname(name).slice(1).toLowerCase();
  const allowed = filters.flatMap((filter) => filter.extensions.map((item) => item.toLowerCase()));
  return allowed.includes('*') || allowed.includes(extension);
}

export function registerStoredFileHandlers(getWindow: () => BrowserWindow | null): void {
  const root = () => storedFilesRoot(app.getPath('userData'));

  handle('files:import', async ({ filters, maxBytes }) => {
    const window = getWindow();
    const options = { title: '导入文件', filters, properties: ['openFile' as const] };
    const choice =
      window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    const source = choice.filePaths[0];
    if (choice.canceled || source === undefined) return { imported: false };
    const name = basename(source);
    if (!extensionAllowed(name, filters)) {
      throw new IpcFailure('invalid-input', `不支持的文件类型“${extname(name) || '无扩展名'}”，未导入。`);
    }
    let size: number;
    try {
      size = (await stat(source)).size;
    } catch {
      throw new IpcFailure('file-unreadable', `无法读取“${name}”：文件不存在或没有读取权限。`);
    }
    const problem = importSizeProblem(name, size, maxBytes);
    if (problem !== null) throw new IpcFailure('file-too-large', problem);
    const storedPath = storedNameFor(name);
    const target = resolveStoredPath(root(), storedPath);
    try {
      await mkdir(root(), { recursive: true });
      await copyFile(source, target);
    } catch {
      await unlink(target).catch(() => undefined);
      throw new IpcFailure('file-unreadable', `无法复制“${name}”：文件可能已损坏、正被占用，或磁盘空间不足。`);
    }
    return { imported: true, name, size, storedPath };
  });

  handle('files:read', async ({ storedPath }) => {
    try {
      return new Uint8Array(await readFile(resolveStoredPath(root(), storedPath)));
    } catch (error) {
      if (error instanceof IpcFailure) throw error;
      throw new IpcFailure('file-unreadable', '无法读取该文件：它可能已从程序的数据文件夹中被移走或删除。');
    }
  });

  handle('files:open-external', async ({ storedPath }) => {
    const problem = await shell.openPath(resolveStoredPath(root(), storedPath));
    if (problem !== '') {
      throw new IpcFailure(
        'open-failed',
        `无法用系统程序打开该文件：${problem}。请确认电脑上装有能打开此类文件的软件。`,
      );
    }
    return null;
  });

  handle('files:restore', async ({ storedPath, bytes }) => {
    const target = resolveStoredPath(root(), storedPath);
    const temp = `${target}.${randomUUID().slice(0, 8)}.part`;
    try {
      await mkdir(root(), { recursive: true });
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, target);
    } catch {
      await unlink(temp).catch(() => undefined);
      throw new IpcFailure('file-unwritable', '无法把备份中的文件写回程序的数据文件夹：请检查磁盘空间。');
    }
    return null;
  });

  handle('files:delete', async ({ storedPath }) => {
    try {
      await unlink(resolveStoredPath(root(), storedPath));
    } catch (error) {
      if (error instanceof IpcFailure) throw error;
      // Already gone: nothing to delete.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new IpcFailure('file-unwritable', '无法删除该文件：它可能正被其他程序占用。');
      }
    }
    return null;
  });
}
