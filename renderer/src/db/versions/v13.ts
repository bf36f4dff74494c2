import type { SchemaVersion } from './schema-version';

/**
 * v13 (党费): a member's dues basis from a month on (duesProfiles), the payment entries — regular,
 * voluntary and reversals, each listing the months it pays, indexed multi-entry so a month's payers are
 * one read (duesPayments) — and what each branch handed up (duesHandUps). New tables; no data changes.
 */
export const v13: SchemaVersion = {
  version: 13,
  stores: {
    duesProfiles: 'id, memberId, [memberId+effectiveFrom]',
    duesPayments: 'id, memberId, branchId, *months, date, reversesId',
    duesHandUps: 'id, branchId, year',
  },
};
