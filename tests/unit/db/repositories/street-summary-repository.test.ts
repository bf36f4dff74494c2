import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { loadSampleData } from '../../../../renderer/src/db/repositories/sample-data-repository';
import {
  buildStreetSummary,
  deleteStreetSummary,
  listStreetSummaries,
  saveStreetSummaries,
  streetSummaryId,
} from '../../../../renderer/src/db/repositories/street-summary-repository';
import { loadYearlyCheck } from '../../../../renderer/src/db/repositories/yearly-check-repository';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

describe('a community summary for the street office', () => {
  let name = '';
  let db: LedgerDatabase;
  const today = '2026-11-26';

  beforeAll(async () => {
    name = uniqueDatabaseName('street');
    db = new LedgerDatabase(name);
    await db.open();
    await loadSampleData(db, { seed: 5, memberCount: 80, years: 1, endDate: today });
  });
  afterAll(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it("carries each branch's yearly-check figures and no one's name, ID number or phone", async () => {
    const summary = await buildStreetSummary(db, 2026, today, '幸福社区', 'test');
    const check = await loadYearlyCheck(db, 2026, today);
    expect(summary.branches.map((b) => b.name)).toEqual(check.branches.map((b) => b.branchName));
    expect(summary.branches.reduce((sum, b) => sum + b.members, 0)).toBe(
      check.branches.reduce((sum, b) => sum + b.members, 0),
    );
    expect(summary.branches.some((b) => b.monthlyMeetingsHeld.some((count) => count > 0))).toBe(true);
    const text = JSON.stringify(summary);
    for (const member of await db.members.toArray()) {
      expect(text).not.toContain(member.name);
      if (member.idNumber !== undefined && member.idNumber !== '') expect(text).not.toContain(member.idNumber);
      if (member.phone !== undefined && member.phone !== '') expect(text).not.toContain(member.phone);
    }
  });

  it('importing the same community and year again replaces it instead of doubling it', async () => {
    const summary = await buildStreetSummary(db, 2026, today, '幸福社区', 'test');
    expect(await saveStreetSummaries(db, [{ summary, fileName: 'a.pdsum' }])).toEqual({
      added: ['幸福社区（2026 年）'],
      replaced: [],
    });
    expect(await saveStreetSummaries(db, [{ summary, fileName: 'b.pdsum' }])).toEqual({
      added: [],
      replaced: ['幸福社区（2026 年）'],
    });
    const stored = await listStreetSummaries(db, 2026);
    expect(stored.map((row) => row.fileName)).toEqual(['b.pdsum']);
    await deleteStreetSummary(db, streetSummaryId('幸福社区', 2026));
    expect(await listStreetSummaries(db, 2026)).toEqual([]);
  });
});
