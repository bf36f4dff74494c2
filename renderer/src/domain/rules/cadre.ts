import type { Post } from '../entities/organisation';
import { cadrePostTitles } from '../entities/organisation';

/**
 * Who has the cadre target (56 学时, 2019–2023 全国党员教育培训工作规划): members holding a 书记 /
 * 副书记 / 委员 post at any time in the year. A post held for part of the year counts for the year.
 */
export function cadreMemberIdsInYear(posts: readonly Post[], year: number): Set<string> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const ids = new Set<string>();
  for (const post of posts) {
    if (post.deletedAt !== undefined || !cadrePostTitles.includes(post.title)) continue;
    if (post.startDate > last) continue;
    if (post.endDate !== undefined && post.endDate < first) continue;
    ids.add(post.memberId);
  }
  return ids;
}

export function isCadreInYear(posts: readonly Post[], memberId: string, year: number): boolean {
  return cadreMemberIdsInYear(
    posts.filter((post) => post.memberId === memberId),
    year,
  ).has(memberId);
}
