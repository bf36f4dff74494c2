import type { DuesSettings } from '../../domain/entities/dues-rates';
import { DEFAULT_DUES_SETTINGS, duesSettingsSchema } from '../../domain/entities/dues-rates';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';

export const DUES_SETTINGS_KEY = 'dues';

/** The rate table and thresholds; a store that never saved them gets the national default. */
export async function getDuesSettings(db: LedgerDatabase): Promise<DuesSettings> {
  const row = await db.settings.get(DUES_SETTINGS_KEY);
  const stored = typeof row?.value === 'object' && row.value !== null ? (row.value as Partial<DuesSettings>) : {};
  const parsed = duesSettingsSchema.safeParse({ ...DEFAULT_DUES_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_DUES_SETTINGS;
}

export async function saveDuesSettings(db: LedgerDatabase, settings: DuesSettings): Promise<DuesSettings> {
  const valid = duesSettingsSchema.parse(settings);
  await db.settings.put({ key: DUES_SETTINGS_KEY, value: valid, updatedAt: nowIso() });
  return valid;
}
