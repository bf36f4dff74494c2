import type { SchemaVersion } from './schema-version';

/**
 * v16 (several desks): the summaries a street office imports from its communities, one per community
 * and year (the id is derived from both, so importing the same package again replaces it); and the
 * exchange bookkeeping between desks: partners, the agreed version of each exchanged record per partner
 * (bases), what sent packages carried until confirmed, and each import's before-images for 撤销.
 */
export const v16: SchemaVersion = {
  version: 16,
  stores: {
    streetSummaries: 'id, year',
    exchangePartners: 'id',
    exchangeBases: 'id, partnerId',
    exchangeSent: 'id, partnerId',
    exchangeImports: 'id, partnerId',
  },
};
