import { useEffect, useState } from 'react';
import type { OpenedBackup } from '../../io/backup/read-backup';
import { openBackup } from '../../io/backup/read-backup';
import { backupSettings } from '../../io/backup/backup-settings';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { ChosenBackup } from './RestorePreviewDialog';

/** Where a backup came from, as far as its own settings say (the desk's name, the unit's name). */
export interface BackupOrigin {
  deskName: string | null;
  officeName: string | null;
}

function nameIn(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = (value as Record<string, unknown>)[key];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** Reads the backup's settings rows (the 'desk' identity of 交换, the 'office' details) without writing. */
export async function readBackupOrigin(backup: OpenedBackup): Promise<BackupOrigin> {
  const settings = await backupSettings(backup, ['desk', 'office']);
  return {
    deskName: nameIn(settings.get('desk'), 'deskName'),
    officeName: nameIn(settings.get('office'), 'officeName'),
  };
}

/**
 * The origin of an unencrypted backup, read once the preview opens; null while reading, for an
 * encrypted backup (its settings are readable only with the password) or when the file cannot say.
 */
export function useBackupOrigin(chosen: ChosenBackup): BackupOrigin | null {
  const [origin, setOrigin] = useState<BackupOrigin | null>(null);
  useEffect(() => {
    if (chosen.manifest.encryption !== undefined) return;
    let live = true;
    void openBackup(chosen.source, LATEST_SCHEMA_VERSION)
      .then(readBackupOrigin)
      .then(
        (found) => live && setOrigin(found),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [chosen]);
  return origin;
}
