import type { LedgerDatabase } from '../../db/database';
import { logAction } from '../../db/change-log/log-action';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { BackupProgress } from '../../io/backup/write-backup';
import { writeBackup } from '../../io/backup/write-backup';
import type { BackupManifest } from '../../io/backup/manifest';
import { BACKUP_EXTENSION } from '../../io/backup/manifest';
import type { AutoBackupReason, BackupFileWriter, SavedFile } from '../../platform/api';
import { getPlatform } from '../../platform/api';

export const BACKUP_FILTERS = [{ name: '台账备份文件', extensions: [BACKUP_EXTENSION] }];

const LAST_EXTERNAL_KEY = 'party-edu-ledger.last-external-backup';

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

export function backupFileName(date = new Date()): string {
  return `党员教育台账备份-${stamp(date)}.${BACKUP_EXTENSION}`;
}

/** Writes the backup into `writer` and puts the file in place; on any failure nothing is left behind. */
export async function backupTo(
  db: LedgerDatabase,
  writer: BackupFileWriter,
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<{ saved: SavedFile; manifest: BackupManifest }> {
  try {
    const { manifest } = await writeBackup(db, writer, {
      appVersion: __APP_VERSION__,
      schemaVersion: LATEST_SCHEMA_VERSION,
      ...(password === undefined || password === '' ? {} : { password }),
      ...(onProgress === undefined ? {} : { onProgress }),
      // Courseware and receipts copied into the data folder travel in the backup too.
      ...(getPlatform().kind === 'electron'
        ? { readStoredFile: (path: string) => getPlatform().readStoredFile(path) }
        : {}),
    });
    return { saved: await writer.finish(), manifest };
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
}

/** An automatic backup into the data folder (Electron); does nothing in a browser. */
export async function autoBackup(db: LedgerDatabase, reason: AutoBackupReason): Promise<void> {
  const store = getPlatform().autoBackups;
  if (store === null) return;
  await backupTo(db, await store.begin(reason));
}

/** Backs up to a place the user picks (a USB stick); null when the user cancelled the dialog. */
export async function backupToChosenPlace(
  db: LedgerDatabase,
  password: string | undefined,
  onProgress?: (progress: BackupProgress) => void,
): Promise<SavedFile | null> {
  const writer = await getPlatform().saveBackup(backupFileName(), BACKUP_FILTERS);
  if (writer === null) return null;
  const { saved, manifest } = await backupTo(db, writer, password, onProgress);
  const total = Object.values(manifest.tables).reduce((sum, table) => sum + table.count, 0);
  await logAction(
    db,
    'backup',
    `备份到“${saved.path ?? saved.name}”，共 ${total} 条记录${manifest.encryption === undefined ? '' : '（已加密）'}`,
  );
  markExternalBackup(new Date());
  return saved;
}

/** When the office last backed up to a place of its choosing (this PC only). */
export function lastExternalBackup(): Date | null {
  const text = localStorage.getItem(LAST_EXTERNAL_KEY);
  return text === null ? null : new Date(text);
}

export function markExternalBackup(date: Date): void {
  localStorage.setItem(LAST_EXTERNAL_KEY, date.toISOString());
}
