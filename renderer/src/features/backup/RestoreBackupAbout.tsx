import { Box, Typography } from '@mui/material';
import { formatStamp } from '../../domain/entities/dates';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { BackupManifest } from '../../io/backup/manifest';
import type { BackupOrigin } from './use-backup-origin';

function versionSentence(schemaVersion: number): string {
  if (schemaVersion < LATEST_SCHEMA_VERSION) return '由较早版本的程序制作，恢复时会自动升级。';
  return '与本机程序的版本相同。';
}

/** The unit's name and the desk's name (交换 names each desk), whichever the backup's settings hold. */
function originSentence(origin: BackupOrigin | null): string | null {
  if (origin === null) return null;
  const names = [origin.officeName, origin.deskName].filter((name): name is string => name !== null);
  return names.length === 0 ? null : [...new Set(names)].join(' · ');
}

/** When the backup was made, on which desk (when it says), and whether it will be upgraded. */
export function RestoreBackupAbout({ manifest, origin }: { manifest: BackupManifest; origin: BackupOrigin | null }) {
  const from = originSentence(origin);
  return (
    <Box sx={{ mb: 1 }} data-testid="restore-backup-about">
      <Typography>备份时间：{formatStamp(manifest.createdAt)}</Typography>
      {from !== null ? <Typography>来自：{from}</Typography> : null}
      <Typography>{versionSentence(manifest.schemaVersion)}</Typography>
    </Box>
  );
}
