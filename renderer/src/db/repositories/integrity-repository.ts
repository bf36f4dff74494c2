import type { LedgerDatabase } from '../database';
import { tablePages } from '../table-pages';
import { nowIso } from '../records';
import type { MemberYear } from './study-summary-repository';
import { recomputeStudySummaries, studySummaryTables, uniqueMemberYears } from './study-summary-repository';

/** A field that must name a live record of another table. */
interface ReferenceRule {
  table: string;
  field: string;
  target: string;
  label: string;
  /** Rows pointing nowhere can be moved to the recycle bin (they mean nothing on their own). */
  repairable: boolean;
}

const REFERENCE_RULES: ReferenceRule[] = [
  {
    table: 'attendance',
    field: 'activityId',
    target: 'activities',
    label: '签到记录所属的活动不存在',
    repairable: true,
  },
  { table: 'attendance', field: 'memberId', target: 'members', label: '签到记录对应的党员不存在', repairable: false },
  { table: 'posts', field: 'memberId', target: 'members', label: '职务对应的党员不存在', repairable: true },
  { table: 'posts', field: 'orgUnitId', target: 'orgUnits', label: '职务所属的组织不存在', repairable: true },
  { table: 'members', field: 'branchId', target: 'orgUnits', label: '党员所在支部不存在', repairable: false },
  { table: 'duesPayments', field: 'memberId', target: 'members', label: '党费记录对应的党员不存在', repairable: false },
  { table: 'duesProfiles', field: 'memberId', target: 'members', label: '党费类别对应的党员不存在', repairable: false },
];

export interface ReferenceProblem {
  rule: ReferenceRule;
  count: number;
  /** Up to 20 record ids, for the report. */
  examples: string[];
  ids: string[];
}

export interface IntegrityReport {
  references: ReferenceProblem[];
  /** Member-years whose stored summary differs from a recount of the attendance. */
  summaryMismatches: number;
  checkedAt: string;
}

class Rollback extends Error {}

async function idsOf(db: LedgerDatabase, table: string): Promise<Set<string>> {
  return new Set((await db.table(table).toCollection().primaryKeys()) as string[]);
}

async function checkReferences(db: LedgerDatabase): Promise<ReferenceProblem[]> {
  const names = new Set(db.tables.map((table) => table.name));
  const problems: ReferenceProblem[] = [];
  const targets = new Map<string, Set<string>>();
  for (const rule of REFERENCE_RULES) {
    if (!names.has(rule.table) || !names.has(rule.target)) continue;
    let targetIds = targets.get(rule.target);
    if (targetIds === undefined) {
      targetIds = await idsOf(db, rule.target);
      targets.set(rule.target, targetIds);
    }
    const ids: string[] = [];
    for await (const page of tablePages(db.table(rule.table))) {
      for (const row of page as Record<string, unknown>[]) {
        const value = row[rule.field];
        if (typeof row['deletedAt'] === 'string') continue;
        if (typeof value === 'string' && value !== '' && !targetIds.has(value)) ids.push(String(row['id']));
      }
    }
    if (ids.length > 0) problems.push({ rule, count: ids.length, examples: ids.slice(0, 20), ids });
  }
  return problems;
}

async function allMemberYears(db: LedgerDatabase): Promise<MemberYear[]> {
  const keys: MemberYear[] = [];
  for await (const page of tablePages(db.studySummaries)) {
    for (const row of page as { memberId: string; year: number }[])
      keys.push({ memberId: row.memberId, year: row.year });
  }
  for await (const page of tablePages(db.attendance)) {
    for (const row of page as { memberId?: string; date?: string }[]) {
      if (row.memberId !== undefined && row.date !== undefined)
        keys.push({ memberId: row.memberId, year: Number(row.date.slice(0, 4)) });
    }
  }
  return uniqueMemberYears(keys);
}

/**
 * Recounts every member-year's summary from the attendance. With `keep` false the recount runs in a
 * transaction that is then rolled back: the check changes nothing.
 */
async function recountSummaries(db: LedgerDatabase, keep: boolean): Promise<number> {
  const keys = await allMemberYears(db);
  let mismatches = 0;
  await db
    .transaction('rw', studySummaryTables(db), async () => {
      const strip = (row: { updatedAt?: string } | undefined) => {
        if (row === undefined) return undefined;
        const { updatedAt: _updatedAt, ...rest } = row;
        return JSON.stringify(rest);
      };
      const before = new Map((await db.studySummaries.toArray()).map((row) => [row.id, strip(row)]));
      await recomputeStudySummaries(db, keys);
      for (const row of await db.studySummaries.toArray()) if (before.get(row.id) !== strip(row)) mismatches += 1;
      if (!keep) throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return mismatches;
}

export async function checkIntegrity(db: LedgerDatabase): Promise<IntegrityReport> {
  return {
    references: await checkReferences(db),
    summaryMismatches: await recountSummaries(db, false),
    checkedAt: nowIso(),
  };
}

/** Repairs what can be repaired: recounts the summaries, moves records that point nowhere to the recycle bin. */
export async function repairIntegrity(db: LedgerDatabase, report: IntegrityReport): Promise<void> {
  for (const problem of report.references.filter((p) => p.rule.repairable)) {
    const table = db.table(problem.rule.table);
    const now = nowIso();
    await db.transaction('rw', table, async () => {
      const rows = (await table.bulkGet(problem.ids)) as (Record<string, unknown> | undefined)[];
      await table.bulkPut(
        rows.filter((row) => row !== undefined).map((row) => ({ ...row, deletedAt: now, updatedAt: now })),
      );
    });
  }
  await recountSummaries(db, true);
}
