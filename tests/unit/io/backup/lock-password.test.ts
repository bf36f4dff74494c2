import { describe, expect, it } from 'vitest';
import { lockPasswordMatches, makeAppLock } from '../../../../renderer/src/features/lock/lock-password';

describe('the app lock password', () => {
  it('is stored as a salted PBKDF2-SHA256 hash with at least 310,000 iterations; only the right password opens it', async () => {
    const lock = await makeAppLock('党建2024', 10);
    expect(lock.iterations).toBeGreaterThanOrEqual(310_000);
    expect(JSON.stringify(lock)).not.toContain('党建2024');
    expect(await lockPasswordMatches(lock, '党建2024')).toBe(true);
    expect(await lockPasswordMatches(lock, '党建2025')).toBe(false);
    const again = await makeAppLock('党建2024', 10);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
  });
});
