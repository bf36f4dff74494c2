import { BrowserWindow, dialog } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc-contract';
import { IpcFailure } from './envelope';
import { handle } from './register';

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export function registerFileHandlers(getWindow: () => BrowserWindow | null): void {
  handle('file:save-as', async ({ bytes, suggestedName, filters }) => {
    const window = getWindow();
    const options = { title: '保存文件', defaultPath: suggestedName, filters };
    const choice =
      window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
    if (choice.canceled || choice.filePath === '') return { saved: false };
    try {
      await writeFile(choice.filePath, bytes);
    } catch {
      throw new IpcFailure('file-unwritable', `无法保存到“${choice.filePath}”：请检查是否有写入权限或磁盘空间。`);
    }
    return { saved: true, path: choice.filePath };
  });

  handle('file:open', async ({ filters, maxBytes }) => {
    const window = getWindow();
    const options = { title: '打开文件', filters, properties: ['openFile' as const] };
    const choice =
      window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { opened: false };
    const limit = maxBytes ?? MAX_OPEN_FILE_BYTES;
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new IpcFailure('file-unreadable', `无法读取“${basename(path)}”：文件不存在或没有读取权限。`);
    }
    if (size > limit) {
      throw new IpcFailure(
        'file-too-large',
        `文件“${basename(path)}”有 ${formatMegabytes(size)}，超过了 ${formatMegabytes(limit)} 的上限，未读取。`,
      );
    }
    try {
      return { opened: true, name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    } catch {
      throw new IpcFailure('file-unreadable', `无法读取“${basename(path)}”：文件可能已损坏或正被其他程序占用。`);
    }
  });
}
