import { useDatabase } from '../../app/database-context';
import { membersByIds, postCandidates } from '../../db/repositories/member-reads';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit, Post } from '../../domain/entities/organisation';
import { useLiveQuery } from '../../ui/use-live-query';

const NONE: Member[] = [];

/**
 * The members one unit's posts panel needs, read by index: who may take a post there, and who held its
 * posts (recycle bin included, so an old post still names its holder).
 */
export function usePostMembers(
  unit: OrgUnit,
  posts: readonly Post[],
): { holders: Map<string, Member>; candidates: Member[] } {
  const db = useDatabase();
  const holderIds = [...new Set(posts.filter((post) => post.orgUnitId === unit.id).map((post) => post.memberId))]
    .sort()
    .join(',');
  const holders = useLiveQuery(() => membersByIds(db, holderIds === '' ? [] : holderIds.split(',')), [db, holderIds]);
  const candidates = useLiveQuery(() => postCandidates(db, unit), [db, unit.id, unit.kind]);
  return {
    holders: new Map((holders ?? NONE).map((one) => [one.id, one])),
    candidates: candidates ?? NONE,
  };
}
