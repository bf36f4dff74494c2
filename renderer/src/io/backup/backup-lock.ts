import type { OpenedBackup } from './read-backup';
import { backupSettings } from './backup-settings';
import { SAFETY_KEYS } from '../../db/repositories/safety-settings-repository';

/**
 * How a backup's 程序锁 compares with this PC's: a restore or merge never swaps the password silently,
 * the preview says which case it is and asks.
 */
export type LockComparison = 'same' | 'different' | 'only-backup' | 'only-current' | 'none';

/** The stored value of the backup's 程序锁 setting (hash, salt, count; never a password), or null. */
export async function backupAppLock(backup: OpenedBackup): Promise<unknown> {
  return (await backupSettings(backup, [SAFETY_KEYS.appLock])).get(SAFETY_KEYS.appLock) ?? null;
}

function lockIdentity(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { hash, salt } = value as { hash?: unknown; salt?: unknown };
  return typeof hash === 'string' && typeof salt === 'string' ? `${salt}:${hash}` : null;
}

export function compareLocks(inBackup: unknown, current: unknown): LockComparison {
  const backupId = lockIdentity(inBackup);
  const currentId = lockIdentity(current);
  if (backupId === null) return currentId === null ? 'none' : 'only-current';
  if (currentId === null) return 'only-backup';
  return backupId === currentId ? 'same' : 'different';
}

/** The preview's sentence for each case; null when there is nothing to ask. */
export function lockComparisonText(comparison: LockComparison): string | null {
  switch (comparison) {
    case 'different':
      return '这份备份带有与本机不同的程序密码。';
    case 'only-backup':
      return '这份备份设有程序密码，本机目前没有设置。';
    case 'only-current':
      return '本机设有程序密码，这份备份中没有。';
    default:
      return null;
  }
}
