import type { LedgerDatabase } from '../../db/database';
import { logAction } from '../../db/change-log/log-action';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { BackupProgress, BackupResult } from '../../io/backup/write-backup';
import { createBackup } from '../../io/backup/write-backup';
import { BACKUP_EXTENSION } from '../../io/backup/manifest';
import type { SavedFile } from '../../platform/api';
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

export function makeBackup(
  db: LedgerDatabase,
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<BackupResult> {
  return createBackup(db, {
    appVersion: __APP_VERSION__,
    schemaVersion: LATEST_SCHEMA_VERSION,
    ...(password === undefined || password === '' ? {} : { password }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}

/** Backs up to a place the user picks (a USB stick); null when the user cancelled the dialog. */
export async function backupToChosenPlace(
  db: LedgerDatabase,
  password: string | undefined,
  onProgress?: (progress: BackupProgress) => void,
): Promise<SavedFile | null> {
  const { bytes, manifest } = await makeBackup(db, password, onProgress);
  const saved = await getPlatform().saveFile(bytes, backupFileName(), BACKUP_FILTERS);
  if (saved === null) return null;
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
