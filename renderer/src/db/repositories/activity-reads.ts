import type { Activity, ActivityStatus, ActivityType, StoredFile } from '../../domain/entities/activity';
import type { LedgerDatabase } from '../database';
import { isLive } from '../records';

/** One activity, also when it is in the recycle bin (its pages say so). */
export function getActivity(db: LedgerDatabase, id: string): Promise<Activity | undefined> {
  return db.activities.get(id);
}

/** One activity, or undefined when it does not exist or is in the recycle bin. */
export async function getLiveActivity(db: LedgerDatabase, id: string): Promise<Activity | undefined> {
  const activity = await db.activities.get(id);
  return activity !== undefined && isLive(activity) ? activity : undefined;
}

export interface ActivityFilter {
  /** "2026-03", or '' for every month. */
  month: string;
  unitId: string;
  typeId: string;
  status: ActivityStatus | '';
}

/** The activities list: newest first, by the date index; the month narrows the read itself. */
export async function listActivities(db: LedgerDatabase, filter: ActivityFilter): Promise<Activity[]> {
  const { month, unitId, typeId, status } = filter;
  const collection =
    month === ''
      ? db.activities.orderBy('date').reverse()
      : db.activities.where('date').between(`${month}-01`, `${month}-31`, true, true).reverse();
  return (await collection.toArray()).filter(
    (a) =>
      isLive(a) &&
      (unitId === '' || a.orgUnitIds.includes(unitId)) &&
      (typeId === '' || a.typeId === typeId) &&
      (status === '' || a.status === status),
  );
}

/** Activities dated from `from` to `to` inclusive (by the date index), in the recycle bin left out. */
export async function activitiesBetween(db: LedgerDatabase, from: string, to: string): Promise<Activity[]> {
  return (await db.activities.where('date').between(from, to, true, true).toArray()).filter(isLive);
}

/** Activities dated on or after `fromDate`, newest first. */
export async function activitiesSince(db: LedgerDatabase, fromDate: string): Promise<Activity[]> {
  return (await db.activities.where('date').aboveOrEqual(fromDate).reverse().sortBy('date')).filter(isLive);
}

/** The `limit` most recent activities, newest first. */
export function recentActivities(db: LedgerDatabase, limit: number): Promise<Activity[]> {
  return db.activities.orderBy('date').reverse().filter(isLive).limit(limit).toArray();
}

/** Every activity type, retired ones too (names of old activities), in their order. */
export function listAllActivityTypes(db: LedgerDatabase): Promise<ActivityType[]> {
  return db.activityTypes.orderBy('order').toArray();
}

export function getActivityType(db: LedgerDatabase, id: string): Promise<ActivityType | undefined> {
  return db.activityTypes.get(id);
}

/** The given files that still exist and are not in the recycle bin, in the given order. */
export async function liveFiles(db: LedgerDatabase, ids: readonly string[]): Promise<StoredFile[]> {
  return (await db.files.bulkGet([...ids])).filter((file): file is StoredFile => file !== undefined && isLive(file));
}

export function getStoredFile(db: LedgerDatabase, id: string): Promise<StoredFile | undefined> {
  return db.files.get(id);
}

/** Where a new activity type goes: after every type, retired ones too. */
export async function nextActivityTypeOrder(db: LedgerDatabase): Promise<number> {
  const last = await db.activityTypes.orderBy('order').last();
  return Math.max(0, last?.order ?? 0) + 1;
}
