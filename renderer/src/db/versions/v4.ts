import type { SchemaVersion } from './schema-version';

/**
 * v4 (study archive): self-study / remote-education / outside-training entries, the yearly 学习体会
 * and the 思想汇报 log. Each is read per member by index; study entries by member and date range
 * so the yearly summary recompute never scans.
 */
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    studyEntries: 'id, memberId, [memberId+date], date',
    reflections: 'id, [memberId+year], year',
    thoughtReports: 'id, memberId, [memberId+receivedDate], receivedDate',
  },
};
