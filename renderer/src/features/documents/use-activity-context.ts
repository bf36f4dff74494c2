import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import type { LedgerDatabase } from '../../db/database';
import type { ActivityContext } from '../../documents/activity-documents';

export async function loadActivityContext(db: LedgerDatabase, activityId: string): Promise<ActivityContext | null> {
  const activity = await db.activities.get(activityId);
  if (activity === undefined || activity.deletedAt !== undefined) return null;
  const type = await db.activityTypes.get(activity.typeId);
  const units = await db.orgUnits.bulkGet(activity.orgUnitIds);
  return {
    activity,
    typeName: type?.name ?? '',
    organisers: units.flatMap((unit) => (unit === undefined ? [] : [unit.name])).join('、'),
  };
}

/** undefined while loading, null when the activity does not exist (or is in the recycle bin). */
export function useActivityContext(activityId: string): ActivityContext | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadActivityContext(db, activityId), [db, activityId]);
}
