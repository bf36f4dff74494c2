import { describe, expect, it } from 'vitest';
import type { AutoBackupFile } from '../../../electron/main/backup-retention';
import { autoBackupName, backupsToKeep, parseAutoBackupName } from '../../../electron/main/backup-retention';

describe('automatic backup retention', () => {
  it('a file name round-trips its time and reason', () => {
    const date = new Date(2024, 4, 6, 17, 30, 5);
    const parsed = parseAutoBackupName(autoBackupName(date, 'exit'));
    expect(parsed?.createdAt.getTime()).toBe(date.getTime());
    expect(parsed?.reason).toBe('exit');
    expect(parseAutoBackupName('名册.xlsx')).toBeNull();
  });

  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks, deletes the rest', () => {
    const files: AutoBackupFile[] = [];
    // Two backups a day for 60 days.
    for (let day = 0; day < 60; day += 1) {
      for (const hour of [9, 18]) {
        const createdAt = new Date(2024, 0, 1 + day, hour);
        files.push({ name: autoBackupName(createdAt, 'daily'), createdAt, reason: 'daily' });
      }
    }
    const keep = backupsToKeep(files);
    const kept = files.filter((file) => keep.has(file.name));
    expect(kept.every((file) => file.createdAt.getHours() === 18)).toBe(true);
    const days = new Set(kept.map((file) => file.createdAt.toDateString()));
    expect(days.size).toBe(kept.length);
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(11);
    const oldest = Math.min(...kept.map((file) => file.createdAt.getTime()));
    expect(oldest).toBeGreaterThan(new Date(2024, 0, 60 - 29).getTime());
  });
});

describe('backups made before a restore', () => {
  it('are kept outside the daily/weekly rotation: the last 3, and all younger than 30 days', () => {
    const now = new Date(2024, 5, 30, 12);
    const files: AutoBackupFile[] = [];
    for (const daysAgo of [1, 2, 3, 10, 20, 29, 40, 50, 60, 90]) {
      const createdAt = new Date(now.getTime() - daysAgo * 86_400_000);
      files.push({ name: autoBackupName(createdAt, 'before-restore'), createdAt, reason: 'before-restore' });
    }
    // Many daily backups that would crowd them out of a shared rotation.
    for (let day = 0; day < 20; day += 1) {
      const createdAt = new Date(now.getTime() - day * 86_400_000 - 3_600_000);
      files.push({ name: autoBackupName(createdAt, 'daily'), createdAt, reason: 'daily' });
    }
    const keep = backupsToKeep(files, now);
    const kept = files.filter((file) => file.reason === 'before-restore' && keep.has(file.name));
    expect(kept).toHaveLength(6);
    const old = files.filter((file) => file.reason === 'before-restore').slice(-4);
    expect(old.some((file) => keep.has(file.name))).toBe(false);
    // With only old ones, the newest three stay.
    const onlyOld = files.filter((file) => file.reason === 'before-restore').slice(-4);
    expect(backupsToKeep(onlyOld, now).size).toBe(3);
  });
});
