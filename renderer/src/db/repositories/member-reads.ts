import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { LedgerDatabase } from '../database';
import { isLive } from '../records';

/** Members not in the recycle bin, whatever their status. */
export async function listLiveMembers(db: LedgerDatabase): Promise<Member[]> {
  return (await db.members.toArray()).filter(isLive);
}

/** Members on the books (在册): not in the recycle bin, not transferred out, deceased or lost. */
export async function listActiveMembers(db: LedgerDatabase): Promise<Member[]> {
  return (await db.members.toArray()).filter((member) => isLive(member) && member.membershipStatus === 'active');
}

/**
 * Members the obligations apply to (see isCountedMember) of one branch, by the branch index, or of the
 * whole office with 'all'; by branch, then pinyin.
 */
export async function listCountedMembers(db: LedgerDatabase, branchId: string): Promise<Member[]> {
  const members =
    branchId === 'all' ? await db.members.toArray() : await db.members.where('branchId').equals(branchId).toArray();
  return members
    .filter(isCountedMember)
    .sort((a, b) => a.branchId.localeCompare(b.branchId) || a.namePinyin.localeCompare(b.namePinyin));
}

function isActive(member: Member): boolean {
  return isLive(member) && member.membershipStatus === 'active';
}

/**
 * Members on the books per branch and per group, each unit read by its own index (branchId, groupId):
 * the organisation page's counts, without loading the roster into the page.
 */
export async function activeMemberCounts(
  db: LedgerDatabase,
  units: readonly Pick<OrgUnit, 'id' | 'kind'>[],
): Promise<Map<string, number>> {
  const pairs = await Promise.all(
    units
      .filter((unit) => unit.kind !== 'committee')
      .map(async (unit) => {
        const index = unit.kind === 'group' ? 'groupId' : 'branchId';
        return [unit.id, await db.members.where(index).equals(unit.id).filter(isActive).count()] as const;
      }),
  );
  return new Map(pairs.filter(([, count]) => count > 0));
}

/** Who may take a post in the unit: members on the books of that branch or group (all for the committee). */
export async function postCandidates(db: LedgerDatabase, unit: Pick<OrgUnit, 'id' | 'kind'>): Promise<Member[]> {
  if (unit.kind === 'committee') return listActiveMembers(db);
  const index = unit.kind === 'group' ? 'groupId' : 'branchId';
  return db.members.where(index).equals(unit.id).filter(isActive).toArray();
}

/** The given members as stored (recycle bin included: an old post still names its holder). */
export async function membersByIds(db: LedgerDatabase, ids: readonly string[]): Promise<Member[]> {
  return (await db.members.bulkGet([...new Set(ids)])).filter((member): member is Member => member !== undefined);
}

/** One member, or undefined when not on file or in the recycle bin. */
export async function getLiveMember(db: LedgerDatabase, id: string): Promise<Member | undefined> {
  const member = await db.members.get(id);
  return member !== undefined && isLive(member) ? member : undefined;
}

export interface Roster {
  /** Everyone, recycle bin included (an import matches against them too). */
  all: Member[];
  live: Member[];
  /** In the recycle bin, most recently deleted first. */
  deleted: Member[];
}

/** The whole roster, split into the members on file and those in the recycle bin. */
export async function loadRoster(db: LedgerDatabase): Promise<Roster> {
  const all = await db.members.toArray();
  const live: Member[] = [];
  const deleted: Member[] = [];
  for (const member of all) (isLive(member) ? live : deleted).push(member);
  deleted.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  return { all, live, deleted };
}
