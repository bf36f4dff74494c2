import type { SchemaVersion } from './schema-version';

/**
 * v8 (indexes for what is read): `deletedAt` on every table the recycle bin lists, so it reads the few
 * deleted rows by index instead of scanning (a million attendance rows, most of them live). IndexedDB
 * leaves a record whose key is missing out of the index, so a live record costs the index nothing.
 * And `lecturerId` on activities: a lecturer's lessons and the lecturers tab's counts read by index
 * instead of walking every activity. IndexedDB builds both during the upgrade; no data changes.
 */
export const v8: SchemaVersion = {
  version: 8,
  stores: {
    orgUnits: 'id, kind, parentId, deletedAt',
    posts: 'id, memberId, orgUnitId, deletedAt',
    members: 'id, idNumber, name, branchId, groupId, [name+birthDate], updatedAt, deletedAt',
    memberEvents: 'id, memberId, date, type, deletedAt',
    contactLogs: 'id, memberId, [memberId+date], deletedAt',
    activityTypes: 'id, order, deletedAt',
    activities: 'id, date, typeId, status, *orgUnitIds, lecturerId, deletedAt',
    attendance: 'id, activityId, memberId, [memberId+date], date, deletedAt',
    files: 'id, ownerId, deletedAt',
    studyEntries: 'id, memberId, [memberId+date], date, deletedAt',
    reflections: 'id, [memberId+year], year, deletedAt',
    thoughtReports: 'id, memberId, [memberId+receivedDate], receivedDate, deletedAt',
    lecturers: 'id, name, memberId, deletedAt',
    lessonFeedback: 'id, activityId, lecturerId, deletedAt',
    courseware: 'id, title, kind, fileId, deletedAt',
    coursewareViewings: 'id, coursewareId, activityId, memberId, [memberId+date], deletedAt',
    planItems: 'id, year, deletedAt',
    budgetLines: 'id, year, deletedAt',
    spendings: 'id, year, activityId, date, deletedAt',
  },
};
