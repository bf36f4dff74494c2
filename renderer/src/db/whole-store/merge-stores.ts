import Dexie from 'dexie';
import type { IndexableType } from 'dexie';
import { tablePages } from '../table-pages';
import { mergeWinner, updatedAtOf } from '../../domain/rules/backup-merge-winner';

export interface MergeConflict {
  table: string;
  id: string;
  /** Which side's version was kept: the one changed last. */
  kept: 'backup' | 'current';
  backupUpdatedAt: string;
  currentUpdatedAt: string;
}

/** Conflicts listed in full; beyond this only counted. */
export const CONFLICT_LIST_LIMIT = 500;

function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `current` into `target` (which holds the backup's data): every table of `current`, page by
 * page; a current record replaces the backup's when it wins by domain/rules/backup-merge-winner.ts.
 */
export async function mergeInto(
  target: Dexie,
  current: Dexie,
  onProgress?: (done: number, total: number) => void,
  /** Called for every current row that differs from the backup's (or that the backup lacks). */
  onDifferent?: (table: string, backupRow: unknown, currentRow: unknown) => void,
): Promise<{ conflicts: MergeConflict[]; conflictCount: number }> {
  const conflicts: MergeConflict[] = [];
  let conflictCount = 0;
  const tables = current.tables.filter((table) => target.tables.some((other) => other.name === table.name));
  for (const [index, table] of tables.entries()) {
    const into = target.table(table.name);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string' && !Array.isArray(keyPath)) continue;
    for await (const page of tablePages(table)) {
      const keys = page.map((row) => Dexie.getByKeyPath(row as object, keyPath) as IndexableType);
      const existing: unknown[] = await into.bulkGet(keys);
      const winners: unknown[] = [];
      page.forEach((row, position) => {
        const backupRow = existing[position];
        const kept = mergeWinner(backupRow, row);
        if (backupRow !== undefined && !sameContent(backupRow, row)) {
          conflictCount += 1;
          if (conflicts.length < CONFLICT_LIST_LIMIT) {
            conflicts.push({
              table: table.name,
              id: typeof keys[position] === 'string' ? keys[position] : JSON.stringify(keys[position]),
              kept,
              backupUpdatedAt: updatedAtOf(backupRow),
              currentUpdatedAt: updatedAtOf(row),
            });
          }
        }
        if (sameContent(backupRow, row)) return;
        onDifferent?.(table.name, backupRow, row);
        if (kept === 'current') winners.push(row);
      });
      if (winners.length > 0) await target.transaction('rw', into, () => into.bulkPut(winners));
    }
    onProgress?.(index + 1, tables.length);
  }
  return { conflicts, conflictCount };
}
