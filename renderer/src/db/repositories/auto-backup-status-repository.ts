import { z } from 'zod';
import type { LedgerDatabase } from '../database';
import { logAction } from '../change-log/log-action';
import { nowIso } from '../records';

const KEY = 'autoBackupStatus';

const statusSchema = z.object({
  lastSuccessAt: z.string().optional(),
  lastFailureAt: z.string().optional(),
  lastFailure: z.string().optional(),
});
export type AutoBackupStatus = z.infer<typeof statusSchema>;

export async function getAutoBackupStatus(db: LedgerDatabase): Promise<AutoBackupStatus> {
  const parsed = statusSchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : {};
}

/** The failure to show until an automatic backup succeeds again, or null. */
export function unresolvedFailure(status: AutoBackupStatus): { at: string; message: string } | null {
  if (status.lastFailureAt === undefined) return null;
  if (status.lastSuccessAt !== undefined && status.lastSuccessAt >= status.lastFailureAt) return null;
  return { at: status.lastFailureAt, message: status.lastFailure ?? '' };
}

/**
 * Runs one automatic backup and records how it went: a failure is logged in the 操作日志 and stays on
 * the 概览 until a later automatic backup succeeds. Never throws (the caller runs it in the background).
 */
export async function runAutoBackup(db: LedgerDatabase, label: string, write: () => Promise<void>): Promise<boolean> {
  const status = await getAutoBackupStatus(db).catch((): AutoBackupStatus => ({}));
  try {
    await write();
    await db.settings.put({ key: KEY, value: { ...status, lastSuccessAt: nowIso() }, updatedAt: nowIso() });
    await logAction(db, 'backup', `${label}到数据文件夹（已重新读取校验）`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failedAt = nowIso();
    await db.settings
      .put({ key: KEY, value: { ...status, lastFailureAt: failedAt, lastFailure: message }, updatedAt: failedAt })
      .catch(() => undefined);
    await logAction(db, 'backup', `${label}失败：${message}`).catch(() => undefined);
    return false;
  }
}
