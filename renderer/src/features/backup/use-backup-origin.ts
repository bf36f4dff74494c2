import { useEffect, useState } from 'react';
import type { OpenedBackup } from '../../io/backup/read-backup';
import { openBackup } from '../../io/backup/read-backup';
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
  const origin: BackupOrigin = { deskName: null, officeName: null };
  const decoder = new TextDecoder();
  for (const part of backup.manifest.parts) {
    if (part.kind !== 'rows' || part.table !== 'settings') continue;
    for (const line of decoder.decode(await backup.readPart(part)).split('\n')) {
      if (line === '') continue;
      const row = JSON.parse(line) as { key?: unknown; value?: unknown };
      if (row.key === 'desk') origin.deskName = nameIn(row.value, 'deskName');
      if (row.key === 'office') origin.officeName = nameIn(row.value, 'officeName');
    }
  }
  return origin;
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
