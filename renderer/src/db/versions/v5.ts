import type { SchemaVersion } from './schema-version';

/**
 * v5 (data safety): the change log (操作日志) — who changed which record when, kept with the data so a
 * backup carries its own history.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    changeLog: 'id, at, tableName, recordId, action',
  },
};
