import type { SchemaVersion } from './schema-version';

/**
 * v6 (education resources): the lecturer pool and lesson feedback, the courseware library and its
 * viewings, the yearly education plan, and the education budget with its spending.
 */
export const v6: SchemaVersion = {
  version: 6,
  stores: {
    lecturers: 'id, name, memberId',
    lessonFeedback: 'id, activityId, lecturerId',
    courseware: 'id, title, kind, fileId',
    coursewareViewings: 'id, coursewareId, activityId, memberId, [memberId+date]',
    planItems: 'id, year',
    budgetLines: 'id, year',
    spendings: 'id, year, activityId, date',
  },
};
