import type { SchemaVersion } from './schema-version';

/**
 * v9 (safety): tombstones of records purged from the recycle bin (table, id, when), so that a merge
 * with an older backup or another PC's data never brings a purged record back.
 */
export const v9: SchemaVersion = {
  version: 9,
  stores: {
    tombstones: 'id, tableName, purgedAt',
  },
};
