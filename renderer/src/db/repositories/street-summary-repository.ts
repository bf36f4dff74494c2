import type { IsoDate } from '../../domain/entities/dates';
import type { StoredStreetSummary, StreetBranch, StreetSummary } from '../../domain/entities/street-summary';
import {
  STREET_SUMMARY_FORMAT,
  STREET_SUMMARY_FORMAT_VERSION,
  streetWarningKinds,
} from '../../domain/entities/street-summary';
import type { StreetWarningKind } from '../../domain/entities/street-summary';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, nowIso } from '../records';
import { loadComplianceSnapshot } from './compliance-repository';
import { loadYearlyCheck } from './yearly-check-repository';

function emptyWarnings(): Record<StreetWarningKind, number> {
  return Object.fromEntries(streetWarningKinds.map((kind) => [kind, 0])) as Record<StreetWarningKind, number>;
}

/**
 * This community's figures for `year`, per branch, as the street office receives them: the yearly
 * check's counts, monthly series and the overview's warnings counted by kind. Nothing that names a
 * person leaves in it (docs/exchange.md).
 */
export async function buildStreetSummary(
  db: LedgerDatabase,
  year: number,
  today: IsoDate,
  community: string,
  appVersion: string,
): Promise<StreetSummary> {
  const check = await loadYearlyCheck(db, year, today);
  const currentYear = Number(today.slice(0, 4));
  const snapshot = year === currentYear ? await loadComplianceSnapshot(db, today) : null;
  const branchOfUnit = new Map<string, string>();
  for (const unit of check.orgUnits) {
    if (unit.kind === 'branch') branchOfUnit.set(unit.id, unit.id);
    if (unit.kind === 'group' && unit.parentId !== undefined) branchOfUnit.set(unit.id, unit.parentId);
  }
  const warnings = new Map<string, Record<StreetWarningKind, number>>();
  const warn = (branchId: string | undefined, kind: StreetWarningKind) => {
    if (branchId === undefined) return;
    const into = warnings.get(branchId) ?? emptyWarnings();
    into[kind] += 1;
    warnings.set(branchId, into);
  };
  if (snapshot !== null) {
    for (const item of snapshot.meetingChecks) {
      if (item.status === 'missed') warn(branchOfUnit.get(item.unitId), 'meetingsOverdue');
    }
    for (const item of snapshot.lifeGaps) warn(item.member.branchId, 'lifeGaps');
    for (const item of snapshot.probation) warn(item.member.branchId, 'probationDue');
    for (const item of snapshot.thoughtReports) warn(item.member.branchId, 'thoughtReportsOverdue');
    for (const item of snapshot.behindPace) warn(item.member.branchId, 'behindPace');
    for (const item of snapshot.floating) warn(item.member.branchId, 'floatingContact');
  }
  const heldByBranch = await monthlyMeetingsHeld(db, year, branchOfUnit);
  const branches: StreetBranch[] = check.branches.map((branch) => ({
    name: branch.branchName,
    members: branch.members,
    membersReachingTarget: branch.membersReachingTarget,
    totalHoursTenths: Math.round(branch.totalHours * 10),
    meetingsRequired: branch.meetingsRequired,
    meetingsHeld: branch.meetingsHeldCounted,
    expected: branch.expected,
    attended: branch.attended,
    monthlyAttended: branch.monthlyAttended,
    monthlyExpected: branch.monthlyExpected,
    monthlyMeetingsHeld: heldByBranch.get(branch.branchId) ?? Array.from({ length: 12 }, () => 0),
    warnings: warnings.get(branch.branchId) ?? emptyWarnings(),
  }));
  return {
    format: STREET_SUMMARY_FORMAT,
    formatVersion: STREET_SUMMARY_FORMAT_VERSION,
    appVersion,
    community,
    year,
    asOf: check.asOf,
    createdAt: nowIso(),
    branches,
  };
}

/** Held activities per branch and month of `year` (an activity of a group counts for its branch). */
async function monthlyMeetingsHeld(
  db: LedgerDatabase,
  year: number,
  branchOfUnit: ReadonlyMap<string, string>,
): Promise<Map<string, number[]>> {
  const activities = await db.activities.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray();
  const held = new Map<string, number[]>();
  for (const activity of activities) {
    if (!isLive(activity) || activity.status !== 'held') continue;
    const month = Number(activity.date.slice(5, 7)) - 1;
    const branchIds = new Set(activity.orgUnitIds.map((id) => branchOfUnit.get(id)).filter((id) => id !== undefined));
    for (const branchId of branchIds) {
      const months = held.get(branchId) ?? Array.from({ length: 12 }, () => 0);
      months[month] = (months[month] ?? 0) + 1;
      held.set(branchId, months);
    }
  }
  return held;
}

/** One stored summary per community and year: the id comes from both, so the same package replaces itself. */
export function streetSummaryId(community: string, year: number): string {
  return `${year}:${community}`;
}

export interface StreetImportOutcome {
  added: string[];
  replaced: string[];
}

/** Stores the summaries in one transaction; a community's earlier summary of the same year is replaced. */
export async function saveStreetSummaries(
  db: LedgerDatabase,
  files: readonly { summary: StreetSummary; fileName: string }[],
): Promise<StreetImportOutcome> {
  const outcome: StreetImportOutcome = { added: [], replaced: [] };
  await db.transaction('rw', db.streetSummaries, async () => {
    for (const { summary, fileName } of files) {
      const id = streetSummaryId(summary.community, summary.year);
      const existing = await db.streetSummaries.get(id);
      const now = nowIso();
      const base = createRecord<StoredStreetSummary>({ year: summary.year, summary, importedAt: now, fileName }, now);
      const record: StoredStreetSummary = { ...base, id, createdAt: existing?.createdAt ?? now };
      await db.streetSummaries.put(record);
      (existing === undefined || !isLive(existing) ? outcome.added : outcome.replaced).push(
        `${summary.community}（${summary.year} 年）`,
      );
    }
  });
  return outcome;
}

export async function listStreetSummaries(db: LedgerDatabase, year: number): Promise<StoredStreetSummary[]> {
  const rows = await db.streetSummaries.where('year').equals(year).toArray();
  return rows.filter(isLive).sort((a, b) => a.summary.community.localeCompare(b.summary.community, 'zh-CN'));
}

/** Years for which summaries are stored, newest first. */
export async function streetSummaryYears(db: LedgerDatabase): Promise<number[]> {
  const years = (await db.streetSummaries.orderBy('year').uniqueKeys()) as number[];
  return years.sort((a, b) => b - a);
}

/** Moves a community's summary to the recycle bin. */
export async function deleteStreetSummary(db: LedgerDatabase, id: string): Promise<void> {
  const now = nowIso();
  await db.streetSummaries.update(id, { deletedAt: now, updatedAt: now });
}
