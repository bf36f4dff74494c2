import { z } from 'zod';
import type { LedgerDatabase } from '../database';
import { DEFAULT_OPERATOR } from '../../domain/entities/change-log';
import { setCurrentOperator } from '../change-log/operator';
import { nowIso } from '../records';

export const SAFETY_KEYS = { operator: 'operator', appLock: 'appLock' } as const;

export const appLockSchema = z.object({
  /** PBKDF2-SHA256 of the password (hex), never the password itself. */
  hash: z.string(),
  /** Base64. */
  salt: z.string(),
  /** Stored with the hash so a lock made with an older count still verifies (and is upgraded on unlock). */
  iterations: z.number().int().min(100_000).max(10_000_000),
  /** Lock again after this many minutes without use; 0 = only at start. */
  idleMinutes: z.number().int().min(0).max(240),
});
export type AppLock = z.infer<typeof appLockSchema>;

export async function getOperator(db: LedgerDatabase): Promise<string> {
  const row = await db.settings.get(SAFETY_KEYS.operator);
  return typeof row?.value === 'string' && row.value.trim() !== '' ? row.value : DEFAULT_OPERATOR;
}

export async function saveOperator(db: LedgerDatabase, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 30);
  await db.settings.put({ key: SAFETY_KEYS.operator, value: trimmed, updatedAt: nowIso() });
  setCurrentOperator(trimmed);
}

export async function getAppLock(db: LedgerDatabase): Promise<AppLock | null> {
  const parsed = appLockSchema.safeParse((await db.settings.get(SAFETY_KEYS.appLock))?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveAppLock(db: LedgerDatabase, lock: AppLock | null): Promise<void> {
  if (lock === null) await db.settings.delete(SAFETY_KEYS.appLock);
  else await db.settings.put({ key: SAFETY_KEYS.appLock, value: appLockSchema.parse(lock), updatedAt: nowIso() });
}
