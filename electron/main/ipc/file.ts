import { BrowserWindow, dialog } from 'electron';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc-contract';
import { formatMegabytes } from '../../shared/limits';
import { rememberWritten } from '../written-paths';
import { IpcFailure } from './envelope';
import { handle } from './register';

/** A folder that did not exist before: "name", else "name (2)", "name (3)" … — never mixes two exports. */
async function freshFolder(parent: string, name: string): Promise<string> {
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const folder = join(parent, attempt === 1 ? name : `${name} (${attempt})`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new IpcFailure('file-unwritable', `无法在“${parent}”中新建文件夹：请检查是否有写入权限。`);
      }
    }
  }
  throw new IpcFailure('file-unwritable', `“${parent}”中同名文件夹太多，请换一个位置。`);
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
    rememberWritten(choice.filePath);
    return { saved: true, path: choice.filePath };
  });

  handle('file:save-many', async ({ folderName, files }) => {
    const window = getWindow();
    const options = {
      title: '选择保存位置（将在其中新建文件夹）',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const choice =
      window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    const parent = choice.filePaths[0];
    if (choice.canceled || parent === undefined) return { saved: false };
    const folder = await freshFolder(parent, folderName);
    try {
      for (const file of files) await writeFile(join(folder, file.name), file.bytes, { flag: 'wx' });
    } catch {
      throw new IpcFailure('file-unwritable', `无法写入“${folder}”：请检查是否有写入权限或磁盘空间。`);
    }
    rememberWritten(folder);
    return { saved: true, folder, count: files.length };
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
