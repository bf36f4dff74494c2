import { z } from 'zod';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';

const RECENT_KEY = 'recentDocuments';
const MAX_RECENT = 20;

const recentFileSchema = z.object({
  name: z.string(),
  /** Electron only: where it was saved, for 打开所在文件夹. */
  path: z.string().optional(),
  kind: z.string(),
  savedAt: z.string(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export async function recentFiles(db: LedgerDatabase): Promise<RecentFile[]> {
  const row = await db.settings.get(RECENT_KEY);
  const parsed = z.array(recentFileSchema).safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

export async function rememberSavedFile(db: LedgerDatabase, file: Omit<RecentFile, 'savedAt'>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const list = await recentFiles(db);
    const next = [{ ...file, savedAt: nowIso() }, ...list].slice(0, MAX_RECENT);
    await db.settings.put({ key: RECENT_KEY, value: next, updatedAt: nowIso() });
  });
}
