import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { activitiesSince } from '../../db/repositories/activity-reads';
import { listActivityTypes } from '../../db/repositories/activity-repository';
import { listCourseware } from '../../db/repositories/courseware-repository';
import { listLecturers } from '../../db/repositories/lecturer-repository';
import { listActiveMembers } from '../../db/repositories/member-reads';
import type { Activity, ActivityType } from '../../domain/entities/activity';
import type { Courseware } from '../../domain/entities/courseware';
import type { Lecturer } from '../../domain/entities/lecturer';
import type { Member } from '../../domain/entities/member';

const EMPTY: never[] = [];

export function useLecturers(): Lecturer[] {
  const db = useDatabase();
  return useLiveQuery(() => listLecturers(db), [db]) ?? EMPTY;
}

export function useCourseware(): Courseware[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listCourseware(db), [db]);
}

export function useActiveMembers(): Member[] {
  const db = useDatabase();
  return useLiveQuery(() => listActiveMembers(db), [db]) ?? EMPTY;
}

export function useActivityTypes(): ActivityType[] {
  const db = useDatabase();
  return useLiveQuery(() => listActivityTypes(db), [db]) ?? EMPTY;
}

/** Activities of recent years, newest first (selection lists, plan vs actual). */
export function useActivities(fromDate = '0000'): Activity[] {
  const db = useDatabase();
  return useLiveQuery(() => activitiesSince(db, fromDate), [db, fromDate]) ?? EMPTY;
}
