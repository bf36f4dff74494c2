import type { AppLock } from '../../db/repositories/safety-settings-repository';
import { fromBase64, hashPassword, PBKDF2_ITERATIONS, randomBytes, toBase64 } from '../../io/backup/backup-crypto';

export const MIN_LOCK_PASSWORD = 4;

export async function makeAppLock(password: string, idleMinutes: number): Promise<AppLock> {
  const salt = randomBytes(16);
  return {
    hash: await hashPassword(password, salt, PBKDF2_ITERATIONS),
    salt: toBase64(salt),
    iterations: PBKDF2_ITERATIONS,
    idleMinutes,
  };
}

export async function lockPasswordMatches(lock: AppLock, password: string): Promise<boolean> {
  return (await hashPassword(password, fromBase64(lock.salt), lock.iterations)) === lock.hash;
}
