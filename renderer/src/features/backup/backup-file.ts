import type { LedgerDatabase } from '../../db/database';
import { logAction } from '../../db/change-log/log-action';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { BackupProgress } from '../../io/backup/write-backup';
import { writeBackup } from '../../io/backup/write-backup';
import type { BackupManifest } from '../../io/backup/manifest';
import { BACKUP_EXTENSION } from '../../io/backup/manifest';
import type { VerifyProgress } from '../../io/backup/verify-written';
import { verifyWrittenBackup } from '../../io/backup/verify-written';
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

/** What the user is told while the finished file is re-read. */
export const VERIFYING_TEXT = '正在校验备份…';
/** Said only of a backup whose file was re-read and every part's hash checked. */
export const VERIFIED_TEXT = '已备份（已校验）';

/**
 * Writes the backup into `writer`, re-reads the finished bytes from where they went (directory,
 * manifest, every part's size and SHA-256, a CRC-32 of every byte) and only then puts the file in place. On any failure,
 * the verification's included, nothing is left behind and the error is thrown: never reported saved.
 */
export async function backupTo(
  db: LedgerDatabase,
  writer: BackupFileWriter,
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
  onVerify?: (progress: VerifyProgress) => void,
): Promise<{ saved: SavedFile; manifest: BackupManifest }> {
  try {
    const { manifest, size, crc32 } = await writeBackup(db, writer, {
      appVersion: __APP_VERSION__,
      schemaVersion: LATEST_SCHEMA_VERSION,
      ...(password === undefined || password === '' ? {} : { password }),
      ...(onProgress === undefined ? {} : { onProgress }),
      // Courseware and receipts copied into the data folder travel in the backup too.
      ...(getPlatform().kind === 'electron'
        ? { readStoredFile: (path: string) => getPlatform().readStoredFile(path) }
        : {}),
    });
    onVerify?.({ partsDone: 0, partsTotal: manifest.parts.length });
    const written = await writer.written();
    try {
      await verifyWrittenBackup(written, { manifest, size, crc32 }, onVerify);
    } finally {
      await written.close?.().catch(() => undefined);
    }
    return { saved: await writer.finish(), manifest };
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
}

/** An automatic backup into the data folder (Electron); does nothing in a browser. */
export async function autoBackup(
  db: LedgerDatabase,
  reason: AutoBackupReason,
  onVerify?: (progress: VerifyProgress) => void,
): Promise<void> {
  const store = getPlatform().autoBackups;
  if (store === null) return;
  await backupTo(db, await store.begin(reason), undefined, undefined, onVerify);
}

/** Backs up to a place the user picks (a USB stick); null when the user cancelled the dialog. */
export async function backupToChosenPlace(
  db: LedgerDatabase,
  password: string | undefined,
  onProgress?: (progress: BackupProgress) => void,
  onVerify?: (progress: VerifyProgress) => void,
): Promise<SavedFile | null> {
  const writer = await getPlatform().saveBackup(backupFileName(), BACKUP_FILTERS);
  if (writer === null) return null;
  const { saved, manifest } = await backupTo(db, writer, password, onProgress, onVerify);
  const total = Object.values(manifest.tables).reduce((sum, table) => sum + table.count, 0);
  await logAction(
    db,
    'backup',
    `备份到“${saved.path ?? saved.name}”，共 ${total} 条记录${manifest.encryption === undefined ? '' : '（已加密）'}，已重新读取校验`,
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
