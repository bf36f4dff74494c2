// npx vitest bench --run --config tests/bench/documents.vitest.config.ts
// 1,000 members' yearly study records: one file each, and one combined file. Not part of npm test.
import { bench, describe } from 'vitest';
import { buildStudyRecord, buildStudyRecordBatch } from '../../renderer/src/documents/study-record';
import { studyRecordFixture } from '../documents/fixtures';

const members = Array.from({ length: 1000 }, (_, index) =>
  studyRecordFixture({
    name: `党员${index + 1}`,
    rows: Array.from({ length: 12 }, (_, month) => ({
      date: `2026-${String(month + 1).padStart(2, '0')}-10`,
      content: `${month + 1}月主题党日：集中学习`,
      form: '主题党日',
      hours: 2,
      organiser: '第一党支部',
    })),
  }),
);

describe('1,000 study-record sheets', () => {
  bench(
    'one file per member (1,000 files)',
    async () => {
      for (const member of members) await buildStudyRecord(member);
    },
    { iterations: 1, warmupIterations: 0 },
  );
  bench(
    'one combined file (1,000 sections)',
    async () => {
      await buildStudyRecordBatch(members);
    },
    { iterations: 1, warmupIterations: 0 },
  );
});
