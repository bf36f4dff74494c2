import type { IsoDate } from '../entities/dates';
import type { OrgUnit, Post } from '../entities/organisation';
import { ACTIVITY_TYPE_IDS } from './default-activity-types';
import { typesOfActivity } from './meeting-frequency';

/** The built-in 党课 type, or an office's own type whose name says 党课. */
export function isPartyLessonType(type: { id: string; name: string }): boolean {
  return type.id === ACTIVITY_TYPE_IDS.partyLesson || type.name.includes('党课');
}

/**
 * 中国共产党支部工作条例（试行）2018, art. 15 (党课): the 党委（党组）书记 and each 支部书记 give at least
 * one 党课 a year. Counted from the activities' 主讲人 (a member chosen as lecturer), held, of a 党课 type
 * or combined with one.
 */
export interface SecretaryLesson {
  unitId: string;
  unitName: string;
  kind: 'committee' | 'branch';
  memberId: string;
  /** Dates of the 党课 the secretary gave this year. */
  lessons: IsoDate[];
  met: boolean;
}

export function secretaryLessons(input: {
  year: number;
  units: readonly Pick<OrgUnit, 'id' | 'name' | 'kind' | 'order' | 'retiredAt'>[];
  posts: readonly Post[];
  activities: readonly {
    typeId: string;
    combinedTypeIds?: readonly string[];
    date: IsoDate;
    status: string;
    lecturerMemberId?: string;
    deletedAt?: string;
  }[];
  isLessonType: (typeId: string) => boolean;
}): SecretaryLesson[] {
  const start = `${input.year}-01-01`;
  const end = `${input.year}-12-31`;
  const given = new Map<string, IsoDate[]>();
  for (const activity of input.activities) {
    if (activity.deletedAt !== undefined || activity.status !== 'held' || activity.lecturerMemberId === undefined)
      continue;
    if (activity.date < start || activity.date > end || !typesOfActivity(activity).some(input.isLessonType)) continue;
    given.set(activity.lecturerMemberId, [...(given.get(activity.lecturerMemberId) ?? []), activity.date]);
  }
  const rows: SecretaryLesson[] = [];
  const units = [...input.units]
    .filter((unit) => unit.kind !== 'group' && (unit.retiredAt === undefined || unit.retiredAt >= start))
    .sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === 'committee' ? -1 : 1));
  for (const unit of units) {
    // Whoever was 书记 during the year; a change of secretary lists both.
    const secretaries = input.posts.filter(
      (post) =>
        post.deletedAt === undefined &&
        post.orgUnitId === unit.id &&
        post.title === '书记' &&
        post.startDate <= end &&
        (post.endDate === undefined || post.endDate >= start),
    );
    for (const post of secretaries) {
      const lessons = (given.get(post.memberId) ?? []).sort();
      rows.push({
        unitId: unit.id,
        unitName: unit.name,
        kind: unit.kind === 'committee' ? 'committee' : 'branch',
        memberId: post.memberId,
        lessons,
        met: lessons.length > 0,
      });
    }
  }
  return rows;
}
