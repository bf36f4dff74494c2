import type { SchemaVersion } from './schema-version';

/** v1 (foundation): the office's settings and display preferences, as key → value rows. */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    settings: 'key',
  },
};
