import type { SchemaVersion } from './schema-version';

/**
 * v16 (street roll-up): the summaries a street office imports from its communities, one per
 * community and year (the id is derived from both, so importing the same package again replaces it).
 */
export const v16: SchemaVersion = {
  version: 16,
  stores: {
    streetSummaries: 'id, year',
  },
};
