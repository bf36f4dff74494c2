/**
 * The backup merge rule (docs/backup-format.md, 合并恢复): per record id, a record on one side only is
 * kept; on both sides, the one changed last wins, the current one on a tie or when neither has a
 * time. Unlike a desk exchange (exchange-merge.ts) a backup is this office's own earlier copy, so the
 * later edit is the office's later intent.
 */
export function updatedAtOf(row: unknown): string {
  const value = typeof row === 'object' && row !== null ? (row as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof value === 'string' ? value : '';
}

/** Which side's copy a merge keeps. */
export function mergeWinner(
  backupRow: unknown,
  currentRow: unknown,
  now: string = new Date().toISOString(),
): 'backup' | 'current' {
  if (currentRow === undefined) return 'backup';
  if (backupRow === undefined) return 'current';
  // A time in the future (a wrong clock) counts as now: it must not win every merge.
  const clamp = (time: string) => (time > now ? now : time);
  return clamp(updatedAtOf(backupRow)) > clamp(updatedAtOf(currentRow)) ? 'backup' : 'current';
}
