import type { OpenedBackup } from './read-backup';

/**
 * The values of some settings rows inside a backup (by key), read from its parts without writing
 * anything: what the restore preview says about the backup (its 程序锁, where it came from).
 */
export async function backupSettings(backup: OpenedBackup, keys: readonly string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  const wanted = new Set(keys);
  const decoder = new TextDecoder();
  for (const part of backup.manifest.parts) {
    if (part.kind !== 'rows' || part.table !== 'settings') continue;
    for (const line of decoder.decode(await backup.readPart(part)).split('\n')) {
      if (line === '') continue;
      const row = JSON.parse(line) as { key?: unknown; value?: unknown };
      if (typeof row.key === 'string' && wanted.has(row.key)) found.set(row.key, row.value ?? null);
    }
  }
  return found;
}
