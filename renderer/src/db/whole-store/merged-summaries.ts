import type { LedgerDatabase } from '../database';
import type { MemberYear } from '../repositories/study-summary-repository';
import { recomputeStudySummaries, studySummaryTables } from '../repositories/study-summary-repository';

/** Member-years recomputed per transaction after a merge. */
const CHUNK = 500;

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
}

/**
 * Which study summaries a merge made stale. A merge takes rows from both sides by `updatedAt`, so a
 * summary (itself merged by its own `updatedAt`) may no longer add up its member-year's attendance and
 * study entries. Every member-year whose inputs, or whose two summaries, differ between the sides is
 * recomputed from the merged rows.
 */
export class MergedSummaries {
  private readonly memberYears = new Map<string, MemberYear>();
  private readonly activityIds = new Set<string>();
  private readonly memberIds = new Set<string>();

  private add(memberId: unknown, year: unknown): void {
    if (typeof memberId !== 'string' || typeof year !== 'number' || !Number.isInteger(year)) return;
    this.memberYears.set(`${memberId}|${String(year)}`, { memberId, year });
  }

  private addDated(row: unknown): void {
    const date = field(row, 'date');
    if (typeof date === 'string') this.add(field(row, 'memberId'), Number(date.slice(0, 4)));
  }

  /** A row that differs between the backup (`backupRow`, undefined when absent) and the current data. */
  visit(table: string, backupRow: unknown, currentRow: unknown): void {
    for (const row of [backupRow, currentRow]) {
      if (row === undefined) continue;
      if (table === 'attendance' || table === 'studyEntries') this.addDated(row);
      else if (table === 'studySummaries') this.add(field(row, 'memberId'), field(row, 'year'));
      else if (table === 'activities' && typeof field(row, 'id') === 'string')
        this.activityIds.add(field(row, 'id') as string);
      else if (table === 'members' && typeof field(row, 'id') === 'string')
        this.memberIds.add(field(row, 'id') as string);
    }
  }

  /** Recomputes every stale member-year in `db` (the merged store); returns how many. */
  async recompute(db: LedgerDatabase): Promise<number> {
    for (const activityId of this.activityIds) {
      for (const row of await db.attendance.where('activityId').equals(activityId).toArray()) this.addDated(row);
    }
    for (const memberId of this.memberIds) {
      for (const summary of await db.studySummaries.where('memberId').equals(memberId).toArray()) {
        this.add(summary.memberId, summary.year);
      }
    }
    const keys = [...this.memberYears.values()];
    for (let start = 0; start < keys.length; start += CHUNK) {
      const chunk = keys.slice(start, start + CHUNK);
      await db.transaction('rw', studySummaryTables(db), () => recomputeStudySummaries(db, chunk));
    }
    return keys.length;
  }
}
