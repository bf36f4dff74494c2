import type { SchemaVersion } from './schema-version';

/**
 * v3 (activities): activity types, activities, attendance, attached files, and the per-member-per-year
 * study summaries that attendance writes keep current.
 */
export const v3: SchemaVersion = {
  version: 3,
  stores: {
    activityTypes: 'id, order',
    activities: 'id, date, typeId, status, *orgUnitIds',
    attendance: 'id, activityId, memberId, [memberId+date], date',
    studySummaries: 'id, [year+branchId], memberId, year',
    files: 'id, ownerId',
  },
};
