import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import type { Activity, ActivityType } from '../../domain/entities/activity';
import type { Courseware } from '../../domain/entities/courseware';
import type { Lecturer } from '../../domain/entities/lecturer';
import type { Member } from '../../domain/entities/member';

const EMPTY: never[] = [];

export function useLecturers(): Lecturer[] {
  const db = useDatabase();
  return (
    useLiveQuery(
      async () =>
        (await db.lecturers.toArray())
          .filter((lecturer) => lecturer.deletedAt === undefined)
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      [db],
    ) ?? EMPTY
  );
}

export function useCourseware(): Courseware[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () =>
      (await db.courseware.toArray())
        .filter((item) => item.deletedAt === undefined)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [db],
  );
}

export function useActiveMembers(): Member[] {
  const db = useDatabase();
  return (
    useLiveQuery(
      async () =>
        (await db.members.toArray()).filter(
          (member) => member.deletedAt === undefined && member.membershipStatus === 'active',
        ),
      [db],
    ) ?? EMPTY
  );
}

export function useActivityTypes(): ActivityType[] {
  const db = useDatabase();
  return (
    useLiveQuery(
      async () => (await db.activityTypes.orderBy('order').toArray()).filter((type) => type.deletedAt === undefined),
      [db],
    ) ?? EMPTY
  );
}

/** Activities of recent years, newest first (selection lists, plan vs actual). */
export function useActivities(fromDate = '0000'): Activity[] {
  const db = useDatabase();
  return (
    useLiveQuery(
      async () =>
        (await db.activities.where('date').aboveOrEqual(fromDate).reverse().sortBy('date')).filter(
          (activity) => activity.deletedAt === undefined,
        ),
      [db, fromDate],
    ) ?? EMPTY
  );
}
