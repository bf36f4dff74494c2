import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutoBackupEntry } from '../../shared/ipc-contract';
import { autoBackupName, backupsToKeep, parseAutoBackupName } from '../backup-retention';
import { BackupStreams } from '../backup-streams';
import { rememberWritten } from '../written-paths';
import { logError } from '../logger';
import { IpcFailure } from './envelope';
import { handle } from './register';

function backupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

async function listFolder(): Promise<AutoBackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(backupFolder());
  } catch {
    return [];
  }
  const entries: AutoBackupEntry[] = [];
  for (const name of names) {
    const parsed = parseAutoBackupName(name);
    if (parsed === null) continue;
    const { size } = await stat(join(backupFolder(), name));
    entries.push({ name, size, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function prune(): Promise<void> {
  const entries = await listFolder();
  const keep = backupsToKeep(entries.map((entry) => ({ ...entry, createdAt: new Date(entry.createdAt) })));
  for (const entry of entries) if (!keep.has(entry.name)) await unlink(join(backupFolder(), entry.name));
}

const streams = new BackupStreams((error) => logError('prune automatic backups', error));

/** Unfinished backups are deleted and open files closed when the app quits. */
export function closeBackupStreams(): Promise<void> {
  return streams.closeAll();
}

/**
 * Backups written and read in chunks (the page never holds a whole backup file), the automatic
 * backups in userData/backups (7 daily + 4 weekly kept), and the exit handshake: on close the window
 * asks the page for a last backup and closes once the page says it is done (or after a timeout).
 */
export function registerBackupHandlers(getWindow: () => BrowserWindow | null, onExitReady: () => void): void {
  handle('backup:save-begin', async ({ suggestedName, filters }) => {
    const window = getWindow();
    const options = { title: '保存备份', defaultPath: suggestedName, filters };
    const choice =
      window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
    if (choice.canceled || choice.filePath === '') return { started: false };
    return { started: true, token: await streams.beginWrite(choice.filePath), path: choice.filePath };
  });
  handle('backup:auto-begin', async ({ reason }) => {
    const path = join(backupFolder(), autoBackupName(new Date(), reason));
    try {
      await mkdir(backupFolder(), { recursive: true });
    } catch {
      throw new IpcFailure('file-unwritable', `自动备份无法写入“${backupFolder()}”：请检查磁盘空间。`);
    }
    return { token: await streams.beginWrite(path, prune), path };
  });
  handle('backup:append', async ({ token, bytes }) => {
    await streams.append(token, bytes);
    return null;
  });
  handle('backup:finish', async ({ token }) => {
    const saved = await streams.finish(token);
    rememberWritten(saved.path);
    return saved;
  });
  handle('backup:verify-open', ({ token }) => streams.openWritten(token));
  handle('backup:abort', async ({ token }) => {
    await streams.abort(token);
    return null;
  });
  handle('backup:list-auto', () => listFolder());
  handle('backup:open', async ({ filters }) => {
    const window = getWindow();
    const options = { title: '选择备份文件', filters, properties: ['openFile' as const] };
    const choice =
      window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { opened: false };
    return { opened: true, ...(await streams.openRead(path)) };
  });
  handle('backup:open-auto', async ({ name }) => {
    if (parseAutoBackupName(name) === null) throw new IpcFailure('file-unreadable', '不是自动备份文件。');
    return streams.openRead(join(backupFolder(), name));
  });
  handle('backup:read', ({ token, offset, length }) => streams.read(token, offset, length));
  handle('backup:close', async ({ token }) => {
    await streams.close(token);
    return null;
  });
  handle('backup:exit-ready', () => {
    if (getWindow() !== null) onExitReady();
    return null;
  });
}
