import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import { DEFAULT_LEDGER_SETTINGS, ledgerSettingsSchema } from '../../domain/entities/ledger-settings';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';

export const LEDGER_SETTINGS_KEY = 'ledgers';

/** The ledgers' settings, fields a older version did not have filled from the defaults. */
export async function getLedgerSettings(db: LedgerDatabase): Promise<LedgerSettings> {
  const row = await db.settings.get(LEDGER_SETTINGS_KEY);
  const stored = typeof row?.value === 'object' && row.value !== null ? row.value : {};
  const parsed = ledgerSettingsSchema.safeParse({ ...DEFAULT_LEDGER_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_LEDGER_SETTINGS;
}

export async function saveLedgerSettings(db: LedgerDatabase, settings: LedgerSettings): Promise<LedgerSettings> {
  const valid = ledgerSettingsSchema.parse(settings);
  await db.settings.put({ key: LEDGER_SETTINGS_KEY, value: valid, updatedAt: nowIso() });
  return valid;
}
