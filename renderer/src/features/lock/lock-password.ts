import type { AppLock } from '../../db/repositories/safety-settings-repository';
import { fromBase64, hashPassword, randomBytes, toBase64 } from '../../io/backup/backup-crypto';

export const MIN_LOCK_PASSWORD = 6;

/** OWASP Password Storage Cheat Sheet (2023–): PBKDF2-HMAC-SHA256 with 600,000 iterations. */
export const LOCK_PBKDF2_ITERATIONS = 600_000;

/** The Chinese reason a new lock password is refused, or null. */
export function lockPasswordProblem(password: string): string | null {
  return Array.from(password).length < MIN_LOCK_PASSWORD ? `新密码至少 ${MIN_LOCK_PASSWORD} 位。` : null;
}

export async function makeAppLock(password: string, idleMinutes: number): Promise<AppLock> {
  const salt = randomBytes(16);
  return {
    hash: await hashPassword(password, salt, LOCK_PBKDF2_ITERATIONS),
    salt: toBase64(salt),
    iterations: LOCK_PBKDF2_ITERATIONS,
    idleMinutes,
  };
}

/** Verifies with the iteration count stored beside the hash, so older locks still open. */
export async function lockPasswordMatches(lock: AppLock, password: string): Promise<boolean> {
  return (await hashPassword(password, fromBase64(lock.salt), lock.iterations)) === lock.hash;
}

/** A lock hashed with fewer iterations than today's figure is re-hashed once its password is known. */
export function lockNeedsUpgrade(lock: AppLock): boolean {
  return lock.iterations < LOCK_PBKDF2_ITERATIONS;
}
