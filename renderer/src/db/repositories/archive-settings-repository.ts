import type { ArchiveSettings } from '../../domain/entities/archive-settings';
import { archiveSettingsSchema, DEFAULT_ARCHIVE_SETTINGS } from '../../domain/entities/archive-settings';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';

export const ARCHIVE_SETTINGS_KEY = 'archive';

/** The archive's rules; fields an older version did not store come from the defaults. */
export async function getArchiveSettings(db: LedgerDatabase): Promise<ArchiveSettings> {
  const row = await db.settings.get(ARCHIVE_SETTINGS_KEY);
  const stored = typeof row?.value === 'object' && row.value !== null ? (row.value as Partial<ArchiveSettings>) : {};
  const merged = {
    ...DEFAULT_ARCHIVE_SETTINGS,
    ...stored,
    thoughtReportMonths: { ...DEFAULT_ARCHIVE_SETTINGS.thoughtReportMonths, ...stored.thoughtReportMonths },
    checkWeights: { ...DEFAULT_ARCHIVE_SETTINGS.checkWeights, ...stored.checkWeights },
  };
  const parsed = archiveSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_ARCHIVE_SETTINGS;
}

export async function saveArchiveSettings(db: LedgerDatabase, settings: ArchiveSettings): Promise<ArchiveSettings> {
  const valid = archiveSettingsSchema.parse(settings);
  await db.settings.put({ key: ARCHIVE_SETTINGS_KEY, value: valid, updatedAt: nowIso() });
  return valid;
}
