import type { Post } from '../entities/organisation';
import { cadrePostTitles } from '../entities/organisation';
import { COMMITTEE_ONLY_POSTS } from './branch-committee';

/**
 * Whether the member held a cadre post (书记, 副书记, 委员 …) at any time in the year: such members have
 * the cadre study-hour target (2019–2023 全国党员教育培训工作规划: 56 学时).
 */
export function isCadreInYear(posts: readonly Post[], memberId: string, year: number): boolean {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  return posts.some(
    (post) =>
      post.memberId === memberId &&
      post.deletedAt === undefined &&
      cadrePostTitles.includes(post.title) &&
      post.startDate <= yearEnd &&
      (post.endDate === undefined || post.endDate >= yearStart),
  );
}

/** Posts held on a date, for the organisation page and printed lists. */
export function isPostCurrent(post: Post, today: string): boolean {
  return (
    post.deletedAt === undefined && post.startDate <= today && (post.endDate === undefined || post.endDate >= today)
  );
}

/**
 * Every member with the cadre target in `year` (see `isCadreInYear`), for whole-office views.
 * `unitsWithoutCommittee`: branches with no 支部委员会 (branch-committee.ts, 支部工作条例 art. 8): a
 * 委员 post there carries no cadre target; their 书记 and 副书记 keep it.
 */
export function cadreMemberIdsInYear(
  posts: readonly Post[],
  year: number,
  unitsWithoutCommittee: ReadonlySet<string> = new Set(),
): Set<string> {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const ids = new Set<string>();
  for (const post of posts) {
    if (post.deletedAt !== undefined || !cadrePostTitles.includes(post.title)) continue;
    if (unitsWithoutCommittee.has(post.orgUnitId) && COMMITTEE_ONLY_POSTS.includes(post.title)) continue;
    if (post.startDate <= yearEnd && (post.endDate === undefined || post.endDate >= yearStart)) ids.add(post.memberId);
  }
  return ids;
}
