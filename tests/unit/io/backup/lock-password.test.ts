import { describe, expect, it } from 'vitest';
import { hashPassword, randomBytes, toBase64 } from '../../../../renderer/src/io/backup/backup-crypto';
import {
  LOCK_PBKDF2_ITERATIONS,
  lockNeedsUpgrade,
  lockPasswordMatches,
  lockPasswordProblem,
  makeAppLock,
} from '../../../../renderer/src/features/lock/lock-password';
import { appLockSchema } from '../../../../renderer/src/db/repositories/safety-settings-repository';
import {
  clearUnlockFailures,
  readUnlockFailures,
  recordUnlockFailure,
  unlockWaitMs,
} from '../../../../renderer/src/features/lock/unlock-backoff';

describe('the app lock password', () => {
  it('is stored as a salted PBKDF2-SHA256 hash at OWASP’s 600,000 iterations, with the count stored', async () => {
    const lock = await makeAppLock('党建2024', 10);
    expect(lock.iterations).toBe(600_000);
    expect(LOCK_PBKDF2_ITERATIONS).toBe(600_000);
    expect(JSON.stringify(lock)).not.toContain('党建2024');
    expect(await lockPasswordMatches(lock, '党建2024')).toBe(true);
    expect(await lockPasswordMatches(lock, '党建2025')).toBe(false);
    const again = await makeAppLock('党建2024', 10);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
    expect(lockNeedsUpgrade(lock)).toBe(false);
  });

  it('a lock made by an older version (310,000 iterations) still opens and is marked for re-hashing', async () => {
    const salt = randomBytes(16);
    const old = {
      hash: await hashPassword('dangyuan', salt, 310_000),
      salt: toBase64(salt),
      iterations: 310_000,
      idleMinutes: 5,
    };
    expect(await lockPasswordMatches(old, 'dangyuan')).toBe(true);
    expect(lockNeedsUpgrade(old)).toBe(true);
  });

  it('refuses passwords shorter than 6 characters (counted as characters, not bytes)', () => {
    expect(lockPasswordProblem('12345')).toBe('新密码至少 6 位。');
    expect(lockPasswordProblem('123456')).toBeNull();
    expect(lockPasswordProblem('党建工作台')).not.toBeNull();
    expect(lockPasswordProblem('党建工作台账')).toBeNull();
  });

  it('a stored lock with an absurd iteration count is not accepted (it would hang the unlock)', () => {
    expect(appLockSchema.safeParse({ hash: 'x', salt: 'y', iterations: 2_000_000_000, idleMinutes: 0 }).success).toBe(
      false,
    );
  });
});

describe('unlock back-off', () => {
  it('gives three free tries, then waits 5 s, doubling, never more than 5 minutes', () => {
    expect([0, 1, 2].map(unlockWaitMs)).toEqual([0, 0, 0]);
    expect(unlockWaitMs(3)).toBe(5_000);
    expect(unlockWaitMs(4)).toBe(10_000);
    expect(unlockWaitMs(5)).toBe(20_000);
    expect(unlockWaitMs(30)).toBe(300_000);
  });

  it('counts failures across reloads until a right password clears them', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    };
    for (let i = 0; i < 3; i += 1) recordUnlockFailure(1000, storage);
    expect(readUnlockFailures(storage)).toEqual({ count: 3, notBefore: 6000 });
    clearUnlockFailures(storage);
    expect(readUnlockFailures(storage)).toEqual({ count: 0, notBefore: 0 });
    store.set('party-ledger.unlock-failures', '{broken');
    expect(readUnlockFailures(storage).count).toBe(0);
  });
});
