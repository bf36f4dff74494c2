import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import type { LedgerDatabase } from '../../db/database';
import { getActivityType, getLiveActivity } from '../../db/repositories/activity-reads';
import { orgUnitsByIds } from '../../db/repositories/org-unit-reads';
import type { ActivityContext } from '../../documents/activity-documents';

export async function loadActivityContext(db: LedgerDatabase, activityId: string): Promise<ActivityContext | null> {
  const activity = await getLiveActivity(db, activityId);
  if (activity === undefined) return null;
  const type = await getActivityType(db, activity.typeId);
  const units = await orgUnitsByIds(db, activity.orgUnitIds);
  return {
    activity,
    typeName: type?.name ?? '',
    organisers: units.map((unit) => unit.name).join('、'),
  };
}

/** undefined while loading, null when the activity does not exist (or is in the recycle bin). */
export function useActivityContext(activityId: string): ActivityContext | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadActivityContext(db, activityId), [db, activityId]);
}
