import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { duesMembersOfBranch, loadDuesFacts } from '../../db/repositories/dues-repository';
import { getDuesSettings } from '../../db/repositories/dues-settings-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import type { DuesSettings } from '../../domain/entities/dues-rates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { MemberDuesFacts } from '../../domain/rules/dues-ledger';

export function useBranches(): OrgUnit[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await listOrgUnits(db)).filter((unit) => unit.kind === 'branch' && unit.retiredAt === undefined),
    [db],
  );
}

export function useDuesSettings(): DuesSettings | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getDuesSettings(db), [db]);
}

export interface BranchDues {
  members: Member[];
  facts: Map<string, MemberDuesFacts>;
  settings: DuesSettings;
}

/** A branch's members with their dues facts, live: a tick shows at once. */
export function useBranchDues(branchId: string): BranchDues | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (branchId === '') return undefined;
    const members = await duesMembersOfBranch(db, branchId);
    const [facts, settings] = await Promise.all([loadDuesFacts(db, members), getDuesSettings(db)]);
    return { members, facts, settings };
  }, [db, branchId]);
}
