import type { OrgUnit } from '../../domain/entities/organisation';
import { branchMatchKey } from '../../domain/rules/branch-names';
import { NEW_BRANCH_PREFIX, unitNameKey } from '../../domain/rules/import-plan';

/** A branch written differently from its stored name ("一支部" for "第一党支部"), offered for confirmation. */
export interface BranchMatch {
  typed: string;
  matched: string;
  accepted: boolean;
}

export type BranchResolution =
  { kind: 'existing'; unit: OrgUnit } | { kind: 'new'; placeholderId: string; key: string } | { kind: 'missing' };

/**
 * Finds the branch a row names: the stored one of that exact name, else the one stored branch that
 * shares its numbered key (一支部, 第1党支部 → 第一党支部) unless the user declined that match, else a new
 * branch when the user lets the import create them.
 */
export function createBranchResolver(
  units: readonly OrgUnit[],
  options: { createMissingUnits: boolean; declinedMatches: readonly string[] },
) {
  const branches = units.filter((unit) => unit.kind === 'branch');
  const exact = new Map(branches.map((unit) => [unitNameKey(unit.name), unit]));
  const byLooseKey = new Map<string, OrgUnit[]>();
  for (const unit of branches.filter((one) => one.retiredAt === undefined)) {
    const key = branchMatchKey(unit.name);
    byLooseKey.set(key, [...(byLooseKey.get(key) ?? []), unit]);
  }
  const matches = new Map<string, BranchMatch>();
  const declined = new Set(options.declinedMatches);
  const resolve = (typed: string): BranchResolution => {
    const key = unitNameKey(typed);
    const found = exact.get(key);
    if (found !== undefined) return { kind: 'existing', unit: found };
    const loose = byLooseKey.get(branchMatchKey(typed));
    if (loose?.length === 1 && loose[0] !== undefined) {
      const accepted = !declined.has(typed);
      matches.set(typed, { typed, matched: loose[0].name, accepted });
      if (accepted) return { kind: 'existing', unit: loose[0] };
    }
    if (options.createMissingUnits) return { kind: 'new', placeholderId: NEW_BRANCH_PREFIX + key, key };
    return { kind: 'missing' };
  };
  return {
    resolve,
    matches: () => [...matches.values()],
    activeBranches: branches.filter((one) => one.retiredAt === undefined),
  };
}
