import type { Post } from '../entities/organisation';
import { cadrePostTitles } from '../entities/organisation';

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
