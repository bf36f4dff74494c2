/**
 * How long the unlock form waits after wrong passwords: three free tries, then 5 s, doubling, at most
 * 5 minutes. Kept in localStorage so a reload does not reset it.
 */
export const FREE_ATTEMPTS = 3;
export const MAX_WAIT_MS = 5 * 60_000;

export function unlockWaitMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MS, 5_000 * 2 ** (failures - FREE_ATTEMPTS));
}

export interface UnlockFailures {
  count: number;
  /** Epoch ms before which no password is checked. */
  notBefore: number;
}

const KEY = 'party-ledger.unlock-failures';

export function readUnlockFailures(storage: Pick<Storage, 'getItem'> = localStorage): UnlockFailures {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<UnlockFailures> | null;
    if (typeof parsed?.count === 'number' && typeof parsed.notBefore === 'number') {
      return { count: parsed.count, notBefore: parsed.notBefore };
    }
  } catch {
    // A damaged entry counts as none.
  }
  return { count: 0, notBefore: 0 };
}

export function recordUnlockFailure(now: number, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage) {
  const count = readUnlockFailures(storage).count + 1;
  const next = { count, notBefore: now + unlockWaitMs(count) };
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function clearUnlockFailures(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  storage.removeItem(KEY);
}
