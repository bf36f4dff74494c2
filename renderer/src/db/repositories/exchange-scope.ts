import type { Activity, Attendance } from '../../domain/entities/activity';
import type { DeskScope } from '../../domain/entities/exchange';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { Row } from '../../domain/rules/exchange-merge';
import type { LedgerDatabase } from '../database';

/**
 * Tables that never travel in an exchange: this desk's own settings (office, lock, desk identity),
 * its own change log, derived study summaries (recounted on import), the exchange bookkeeping itself
 * and the street office's imported summaries.
 */
export const LOCAL_TABLES: ReadonlySet<string> = new Set([
  'settings',
  'changeLog',
  'studySummaries',
  'streetSummaries',
  'exchangePartners',
  'exchangeBases',
  'exchangeSent',
  'exchangeImports',
  'tombstones',
]);

export type ScopeTest = (table: string, row: Row) => boolean;

/**
 * What a desk of `scope` holds. The community desk holds everything; a branch desk holds its branch:
 * the branch, its groups and the units above it, its members and everything of theirs, the activities
 * its branch or groups held or its members attended and their attendance, and the shared activity types.
 */
export async function scopeTest(
  db: LedgerDatabase,
  scope: DeskScope,
  /** Rows arriving in a package, judged together with what the desk already has. */
  incoming: Readonly<Record<string, readonly Row[]>> = {},
): Promise<ScopeTest> {
  if (scope.kind === 'community') return () => true;
  const arriving = <T>(table: string) => (incoming[table] ?? []) as unknown as T[];
  const units = [...(await db.orgUnits.toArray()), ...arriving<OrgUnit>('orgUnits')];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const own = new Set([scope.branchId, ...units.filter((u) => u.parentId === scope.branchId).map((u) => u.id)]);
  const visible = new Set(own);
  for (let unit = byId.get(scope.branchId); unit?.parentId !== undefined; unit = byId.get(unit.parentId)) {
    visible.add(unit.parentId);
  }
  const memberIds = new Set(
    [...(await db.members.where('branchId').equals(scope.branchId).toArray()), ...arriving<Member>('members')]
      .filter((member) => member.branchId === scope.branchId)
      .map((member) => member.id),
  );
  const activityIds = new Set(
    [...(await db.activities.toArray()), ...arriving<Activity>('activities')]
      .filter((activity) => activity.orgUnitIds.some((id) => own.has(id)))
      .map((activity) => activity.id),
  );
  // Activities of the committee or another branch that the branch's members attended come along, so
  // the branch desk can count their hours.
  const attended = [
    ...(await db.attendance
      .where('memberId')
      .anyOf([...memberIds])
      .toArray()),
    ...arriving<Attendance>('attendance').filter((row) => row.memberId !== undefined && memberIds.has(row.memberId)),
  ];
  for (const row of attended) activityIds.add(row.activityId);
  return (table, row) => {
    const text = (key: string) => (typeof row[key] === 'string' ? row[key] : undefined);
    switch (table) {
      case 'orgUnits':
        return visible.has(text('id') ?? '');
      case 'activityTypes':
        return true;
      case 'members':
        return text('branchId') === scope.branchId;
      case 'activities':
        return activityIds.has(text('id') ?? '');
      case 'attendance':
        return activityIds.has(text('activityId') ?? '') || memberIds.has(text('memberId') ?? '');
      case 'posts':
        return own.has(text('orgUnitId') ?? '');
      default: {
        const memberId = text('memberId');
        if (memberId !== undefined) return memberIds.has(memberId);
        const activityId = text('activityId');
        if (activityId !== undefined) return activityIds.has(activityId);
        const branchId = text('branchId');
        if (branchId !== undefined) return branchId === scope.branchId;
        // A record of the community as a whole (师资, 经费, 计划 …) stays with the community desk.
        return false;
      }
    }
  };
}
