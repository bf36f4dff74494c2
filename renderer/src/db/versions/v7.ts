import type { SchemaVersion } from './schema-version';

/**
 * v7 (overview speed): member events by type, so the overview finds the few arrivals and returns
 * (转入, 恢复党籍, 恢复联系) after which the six-month count restarts with one read per type, not one
 * per member it flags. The index is built by IndexedDB itself during the upgrade; no data changes.
 */
export const v7: SchemaVersion = {
  version: 7,
  stores: {
    memberEvents: 'id, memberId, date, type',
  },
};
