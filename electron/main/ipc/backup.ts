import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutoBackupEntry } from '../../shared/ipc-contract';
import { autoBackupName, backupsToKeep, parseAutoBackupName } from '../backup-retention';
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

/**
 * Automatic backups in userData/backups (7 daily + 4 weekly kept), and the exit handshake: on close the
 * window asks the page for a last backup and closes once the page says it is done (or after a timeout).
 */
export function registerBackupHandlers(getWindow: () => BrowserWindow | null, onExitReady: () => void): void {
  handle('backup:write-auto', async ({ bytes, reason }) => {
    const now = new Date();
    const name = autoBackupName(now, reason);
    try {
      await mkdir(backupFolder(), { recursive: true });
      // Write then rename would be nicer; a partial file is refused on restore by its hashes anyway.
      await writeFile(join(backupFolder(), name), bytes);
      await prune();
    } catch {
      throw new IpcFailure('file-unwritable', `自动备份无法写入“${backupFolder()}”：请检查磁盘空间。`);
    }
    return { name, size: bytes.length, createdAt: now.toISOString(), reason };
  });
  handle('backup:list-auto', () => listFolder());
  handle('backup:read-auto', async ({ name }) => {
    if (parseAutoBackupName(name) === null) throw new IpcFailure('file-unreadable', '不是自动备份文件。');
    try {
      return { name, bytes: new Uint8Array(await readFile(join(backupFolder(), name))) };
    } catch {
      throw new IpcFailure('file-unreadable', `无法读取自动备份“${name}”：文件可能已被删除。`);
    }
  });
  handle('backup:exit-ready', () => {
    if (getWindow() !== null) onExitReady();
    return null;
  });
}
