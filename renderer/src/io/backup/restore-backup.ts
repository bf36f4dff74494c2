import { logAction } from '../../db/change-log/log-action';
import type { LedgerDatabase } from '../../db/database';
import { newRestoreDatabaseName, switchActiveDatabase } from '../../db/active-database';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import {
  addRows,
  discardRestoreStore,
  hasTable,
  keepCurrentLock,
  openRestoreStore,
} from '../../db/whole-store/restore-store';
import { countRowsPerTable } from '../../db/whole-store/store-tables';
import { BackupError, UNCHANGED } from './backup-error';
import type { OpenedBackup } from './read-backup';
import { countLines, damaged, openBackup } from './read-backup';
import type { BackupSource } from './backup-source';
import type { BlobPointer } from './write-backup';
import { STORED_PREFIX } from './write-backup';
import { mergeInto } from '../../db/whole-store/merge-stores';
import { MergedSummaries } from '../../db/whole-store/merged-summaries';
import { applyTombstones, clampFutureUpdatedAt } from '../../db/whole-store/merge-safety';
import { findInvalidRow } from '../../db/row-schemas';
import { createTimeSlicer } from '../../lib/time-slicer';
import type { MergeConflict } from '../../db/whole-store/merge-stores';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreProgress {
  phase: 'verify' | 'write' | 'upgrade' | 'merge' | 'switch';
  done: number;
  total: number;
}

export interface RestoreOptions {
  mode: RestoreMode;
  password?: string;
  onProgress?: (progress: RestoreProgress) => void;
  /** Called after the data is written and checked, before the switch; tests interrupt here. */
  beforeSwitch?: () => Promise<void>;
  /**
   * Which 程序锁 the restored data keeps: this PC's (the default) or the backup's. The preview asks
   * when the two differ; a restore never swaps the password silently.
   */
  lock?: 'keep-current' | 'from-backup';
  /** Writes a file the backup carried for userData/files (Electron); without it they are skipped. */
  writeStoredFile?: (storedPath: string, bytes: Uint8Array) => Promise<void>;
  /** The new database to write (withRestoreLock names it and holds its writing lock). */
  databaseName?: string;
}

export interface RestoreResult {
  databaseName: string;
  counts: Record<string, number>;
  conflicts: MergeConflict[];
  conflictCount: number;
  /** Merge: records whose modification time lay in the future and was set to now. */
  clampedFuture: number;
  /** Merge: records one side had purged (tombstones) that the other side still held. */
  purgedKeptOut: number;
}

function isBlobPointer(value: unknown): value is BlobPointer {
  return typeof value === 'object' && value !== null && typeof (value as BlobPointer).$blob === 'string';
}

async function revive(backup: OpenedBackup, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  for (const [field, value] of Object.entries(row)) {
    if (!isBlobPointer(value)) continue;
    const part = backup.manifest.parts.find((candidate) => candidate.name === value.$blob);
    if (part === undefined)
      throw new BackupError('damaged', `备份文件缺少附件 ${value.$blob}，不能用它恢复。${UNCHANGED}`);
    row[field] = new Blob([(await backup.readPart(part)) as Uint8Array<ArrayBuffer>], { type: value.type });
  }
  return row;
}

/**
 * Writes every rows part into `target` (a store at the backup's own schema version), checking each
 * part's hash and row count as it is read. Part n+1 is read and parsed while part n is being written;
 * at most those two parts are in memory. A bad part stops the restore before the switch.
 */
async function writeParts(
  backup: OpenedBackup,
  target: LedgerDatabase,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const { parts, tables, schemaVersion } = backup.manifest;
  const rowParts = parts.filter((part) => part.kind === 'rows');
  const decoder = new TextDecoder();
  const rowsPerTable = new Map<string, number>();
  const slicer = createTimeSlicer();
  onProgress?.(0, rowParts.length);
  let writing: Promise<unknown> = Promise.resolve();
  for (const [index, part] of rowParts.entries()) {
    if (!hasTable(target, part.table)) {
      throw new BackupError(
        'damaged',
        `备份中的表 ${part.table} 不属于数据版本 ${schemaVersion}，文件可能被改动过。${UNCHANGED}`,
      );
    }
    const plain = await backup.readPart(part);
    if (countLines(plain) !== part.rows) throw damaged(`部分 ${part.name} 的行数不符`);
    const rows: Record<string, unknown>[] = [];
    for (const line of decoder.decode(plain).split('\n')) {
      if (slicer.due()) await slicer.pause();
      if (line === '') continue;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw damaged(`部分 ${part.name} 无法读取`);
      }
      rows.push(Object.values(row).some(isBlobPointer) ? await revive(backup, row) : row);
    }
    rowsPerTable.set(part.table, (rowsPerTable.get(part.table) ?? 0) + rows.length);
    await writing;
    // The target is not in use until the switch, so one transaction per part is enough.
    writing = addRows(target, part.table, rows);
    const done = index + 1;
    // A failed write is awaited (and thrown) above or below; this only reports progress.
    writing.then(
      () => onProgress?.(done, rowParts.length),
      () => undefined,
    );
  }
  await writing;
  for (const [table, { count }] of Object.entries(tables)) {
    if ((rowsPerTable.get(table) ?? 0) !== count) throw damaged(`表 ${table} 的记录数不符`);
  }
}

/**
 * Restores a backup without ever touching the current data: the file is read in slices, each part
 * checked (hash, row count) as it is written into a NEW database at the backup's schema version, the
 * counts are checked, Dexie's own
 * upgrades bring it to the current version, (merge:) the current data is merged in, and only then
 * the active-database pointer is switched in one write. The caller reloads the app afterwards.
 * Whatever fails or is interrupted before the switch leaves the current database as it was.
 */
export async function restoreBackup(
  current: LedgerDatabase,
  file: BackupSource | Uint8Array,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const progress = options.onProgress;
  progress?.({ phase: 'verify', done: 0, total: 1 });
  const backup = await openBackup(file, LATEST_SCHEMA_VERSION, options.password);

  const name = options.databaseName ?? newRestoreDatabaseName();
  try {
    const atBackupVersion = await openRestoreStore(name, {
      upToVersion: backup.manifest.schemaVersion,
      relaxed: true,
    });
    try {
      await writeParts(backup, atBackupVersion, (done, total) => progress?.({ phase: 'write', done, total }));
      const counts = await countRowsPerTable(atBackupVersion);
      for (const [table, { count }] of Object.entries(backup.manifest.tables)) {
        if (counts[table] !== count) {
          throw new BackupError(
            'count-mismatch',
            `恢复核对失败：表 ${table} 应有 ${count} 条，实际写入 ${counts[table] ?? 0} 条。恢复已取消，${UNCHANGED}`,
          );
        }
      }
    } finally {
      atBackupVersion.close();
    }

    progress?.({ phase: 'upgrade', done: 0, total: 1 });
    let conflicts: MergeConflict[] = [];
    let conflictCount = 0;
    let clampedFuture = 0;
    let purgedKeptOut = 0;
    const upgraded = await openRestoreStore(name, { relaxed: true });
    try {
      const invalid = await findInvalidRow(upgraded);
      if (invalid !== null) {
        throw new BackupError(
          'invalid-row',
          `备份中“${invalid.table}”表的第 ${invalid.position} 条记录${invalid.id === '' ? '' : `（${invalid.id}）`}` +
            `不符合数据格式（${invalid.problem}），文件可能被改动过。恢复已取消，${UNCHANGED}`,
        );
      }
      if (options.mode === 'merge') {
        // No record in a backup can have changed after the backup was made (nor after now).
        const now = new Date().toISOString();
        const made = backup.manifest.createdAt < now ? backup.manifest.createdAt : now;
        clampedFuture = await clampFutureUpdatedAt(upgraded, made);
        const stale = new MergedSummaries();
        const merged = await mergeInto(
          upgraded,
          current,
          (done, total) => progress?.({ phase: 'merge', done, total }),
          (table, backupRow, currentRow) => stale.visit(table, backupRow, currentRow),
        );
        conflicts = merged.conflicts;
        conflictCount = merged.conflictCount;
        await stale.recompute(upgraded);
        purgedKeptOut = await applyTombstones(upgraded);
      }
    } finally {
      upgraded.close();
    }

    // A strict commit before the switch: the relaxed writes before it reach the disk no later than this one.
    const logged = await openRestoreStore(name, { relaxed: false });
    let counts: Record<string, number>;
    try {
      const created = backup.manifest.createdAt.slice(0, 19).replace('T', ' ');
      await logAction(
        logged,
        'restore',
        options.mode === 'merge'
          ? `从备份（${created}）合并恢复，冲突 ${conflictCount} 处` +
              (clampedFuture > 0 ? `；${clampedFuture} 条记录的修改时间晚于现在，已改为现在` : '') +
              (purgedKeptOut > 0 ? `；${purgedKeptOut} 条已彻底删除的记录未被恢复` : '')
          : `从备份（${created}）整体恢复，替换了原有数据`,
      );
      if ((options.lock ?? 'keep-current') === 'keep-current') await keepCurrentLock(current, logged);
      counts = await countRowsPerTable(logged);
    } finally {
      logged.close();
    }
    if (options.writeStoredFile !== undefined) {
      for (const part of backup.manifest.parts) {
        if (part.kind !== 'blob' || !part.name.startsWith(STORED_PREFIX)) continue;
        // readPart checks the part's size and hash; main checks the name.
        await options.writeStoredFile(part.name.slice(STORED_PREFIX.length), await backup.readPart(part));
      }
    }
    await options.beforeSwitch?.();
    progress?.({ phase: 'switch', done: 1, total: 1 });
    await switchActiveDatabase(name, current.name);
    return { databaseName: name, counts, conflicts, conflictCount, clampedFuture, purgedKeptOut };
  } catch (error) {
    await discardRestoreStore(name);
    if (error instanceof BackupError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError('interrupted', `恢复没有完成（${detail}）。${UNCHANGED}`);
  }
}
