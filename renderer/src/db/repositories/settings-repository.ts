import type { ZodType } from 'zod';
import type { LedgerDatabase } from '../database';
import type { DisplayPreferences, OfficeSettings } from '../../domain/entities/settings';
import {
  DEFAULT_DISPLAY_PREFERENCES,
  DEFAULT_OFFICE_SETTINGS,
  displayPreferencesSchema,
  officeSettingsSchema,
} from '../../domain/entities/settings';
import { nowIso } from '../records';

export const SETTING_KEYS = { office: 'office', display: 'display' } as const;

/** Reads one settings row, filling fields a older version did not have from the defaults. */
async function readSetting<T extends object>(
  db: LedgerDatabase,
  key: string,
  schema: ZodType<T>,
  defaults: T,
): Promise<T> {
  const row = await db.settings.get(key);
  const merged = { ...defaults, ...(typeof row?.value === 'object' && row.value !== null ? row.value : {}) };
  const parsed = schema.safeParse(merged);
  return parsed.success ? parsed.data : defaults;
}

async function writeSetting<T>(db: LedgerDatabase, key: string, schema: ZodType<T>, value: T): Promise<T> {
  const valid = schema.parse(value);
  await db.settings.put({ key, value: valid, updatedAt: nowIso() });
  return valid;
}

export function getOfficeSettings(db: LedgerDatabase): Promise<OfficeSettings> {
  return readSetting(db, SETTING_KEYS.office, officeSettingsSchema, DEFAULT_OFFICE_SETTINGS);
}

export function saveOfficeSettings(db: LedgerDatabase, settings: OfficeSettings): Promise<OfficeSettings> {
  return writeSetting(db, SETTING_KEYS.office, officeSettingsSchema, settings);
}

export function getDisplayPreferences(db: LedgerDatabase): Promise<DisplayPreferences> {
  return readSetting(db, SETTING_KEYS.display, displayPreferencesSchema, DEFAULT_DISPLAY_PREFERENCES);
}

export function saveDisplayPreferences(
  db: LedgerDatabase,
  preferences: DisplayPreferences,
): Promise<DisplayPreferences> {
  return writeSetting(db, SETTING_KEYS.display, displayPreferencesSchema, preferences);
}
