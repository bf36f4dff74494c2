import { attendedStatuses } from '../../domain/entities/activity';
import { cadrePostTitles } from '../../domain/entities/organisation';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { Talk, TalkCoverage } from '../../domain/rules/talk-coverage';
import { isTalkType, talkCoverage } from '../../domain/rules/talk-coverage';
import type { LedgerDatabase } from '../database';

export interface BranchTalkCoverage {
  branchId: string;
  branchName: string;
  rows: (TalkCoverage & { name: string; isCommittee: boolean })[];
}

/**
 * 谈心谈话 coverage of `year` per branch (支部工作条例 art. 19): the year's 谈心谈话 activities (by date
 * index, few), their attendance (by activity), members and posts.
 */
export async function loadTalkCoverage(db: LedgerDatabase, year: number): Promise<BranchTalkCoverage[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const [members, units, posts, types, activities] = await Promise.all([
    db.members.toArray(),
    db.orgUnits.toArray(),
    db.posts.toArray(),
    db.activityTypes.toArray(),
    db.activities.where('date').between(start, end, true, true).toArray(),
  ]);
  const talkTypes = new Set(types.filter(isTalkType).map((type) => type.id));
  const talkActivities = activities.filter(
    (activity) =>
      activity.deletedAt === undefined &&
      activity.status === 'held' &&
      [activity.typeId, ...(activity.combinedTypeIds ?? [])].some((id) => talkTypes.has(id)),
  );
  const rows =
    talkActivities.length === 0
      ? []
      : await db.attendance
          .where('activityId')
          .anyOf(talkActivities.map((activity) => activity.id))
          .toArray();
  const talks: Talk[] = talkActivities.map((activity) => ({
    date: activity.date,
    memberIds: rows
      .filter(
        (row) =>
          row.activityId === activity.id &&
          row.deletedAt === undefined &&
          row.memberId !== undefined &&
          attendedStatuses.includes(row.status),
      )
      .flatMap((row) => (row.memberId === undefined ? [] : [row.memberId])),
  }));
  const counted = members.filter(isCountedMember);
  return units
    .filter((unit) => unit.deletedAt === undefined && unit.kind === 'branch' && unit.retiredAt === undefined)
    .sort((a, b) => a.order - b.order)
    .map((branch) => {
      const own = counted.filter((member) => member.branchId === branch.id);
      // 支委: the branch's 书记, 副书记 and 委员 in the year (a branch without a committee: its 书记).
      const committeeIds = new Set(
        posts
          .filter(
            (post) =>
              post.deletedAt === undefined &&
              post.orgUnitId === branch.id &&
              cadrePostTitles.includes(post.title) &&
              post.startDate <= end &&
              (post.endDate === undefined || post.endDate >= start),
          )
          .map((post) => post.memberId),
      );
      const name = new Map(own.map((member) => [member.id, member.name]));
      return {
        branchId: branch.id,
        branchName: branch.name,
        rows: talkCoverage({ memberIds: own.map((member) => member.id), committeeIds, talks }).map((row) => ({
          ...row,
          name: name.get(row.memberId) ?? '',
          isCommittee: committeeIds.has(row.memberId),
        })),
      };
    });
}
