import type { AutoBackupReason } from '../shared/ipc-contract';
import { autoBackupReasons } from '../shared/ipc-contract';

export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;
/** Backups made before a restore are kept apart: the last 3, and every one younger than 30 days. */
export const BEFORE_RESTORE_KEPT = 3;
export const BEFORE_RESTORE_DAYS = 30;

export interface AutoBackupFile {
  name: string;
  createdAt: Date;
  reason: AutoBackupReason;
}

const NAME = /^自动备份-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+)\.pdbak$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function autoBackupName(date: Date, reason: AutoBackupReason): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `自动备份-${day}-${time}-${reason}.pdbak`;
}

export function parseAutoBackupName(name: string): AutoBackupFile | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, reason] = match;
  if (!(autoBackupReasons as readonly string[]).includes(reason ?? '')) return null;
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return { name, createdAt, reason: reason as AutoBackupReason };
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** Monday-based week number since the epoch: stable across years. */
function weekKey(date: Date): number {
  const local = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.floor((local / 86_400_000 + 3) / 7);
}

/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, and the
 * newest of each of the last 4 weeks that have one; backups made before a restore by their own rule
 * (the last 3, and all younger than 30 days). Everything else is deleted.
 */
export function backupsToKeep(files: AutoBackupFile[], now: Date = new Date()): Set<string> {
  const keep = new Set<string>();
  // The data as it was before a restore is the way back from a wrong restore: outside the rotation.
  const beforeRestore = files
    .filter((file) => file.reason === 'before-restore')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  beforeRestore.forEach((file, index) => {
    const ageDays = (now.getTime() - file.createdAt.getTime()) / 86_400_000;
    if (index < BEFORE_RESTORE_KEPT || ageDays < BEFORE_RESTORE_DAYS) keep.add(file.name);
  });
  const newestFirst = files
    .filter((file) => file.reason !== 'before-restore')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const file of newestFirst) {
    const day = dayKey(file.createdAt);
    if (!days.has(day) && days.size < DAILY_KEPT) {
      days.add(day);
      keep.add(file.name);
    }
    const week = weekKey(file.createdAt);
    if (!weeks.has(week) && weeks.size < WEEKLY_KEPT) {
      weeks.add(week);
      keep.add(file.name);
    }
  }
  return keep;
}
