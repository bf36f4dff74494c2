import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  applyExchangeImport,
  buildExchangePackage,
  previewExchangeImport,
  registerPartner,
  saveDeskIdentity,
} from '../../../../renderer/src/db/repositories/exchange-repository';
import { loadSampleData } from '../../../../renderer/src/db/repositories/sample-data-repository';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

describe('a branch desk holds its branch only', () => {
  let community: LedgerDatabase;
  let branchDesk: LedgerDatabase;
  let branchId = '';
  let branchName = '';

  beforeAll(async () => {
    community = new LedgerDatabase(uniqueDatabaseName('community'));
    branchDesk = new LedgerDatabase(uniqueDatabaseName('branch-desk'));
    await Promise.all([community.open(), branchDesk.open()]);
    await loadSampleData(community, { seed: 3, memberCount: 60, years: 1, endDate: '2026-11-26' });
    const branch = (await community.orgUnits.toArray()).find((unit) => unit.kind === 'branch');
    if (branch === undefined) throw new Error('示例数据没有支部');
    branchId = branch.id;
    branchName = branch.name;
    const scope = { kind: 'branch' as const, branchId, branchName };
    const c = await saveDeskIdentity(community, { deskName: '社区', scope: { kind: 'community' } });
    const b = await saveDeskIdentity(branchDesk, { deskName: `${branchName}书记`, scope });
    await registerPartner(community, { id: b.deskId, name: `${branchName}书记`, scope });
    await registerPartner(branchDesk, { id: c.deskId, name: '社区', scope: { kind: 'community' } });
  });
  afterAll(async () => {
    for (const db of [community, branchDesk]) {
      db.close();
      await deleteDatabase(db.name);
    }
  });

  it("the community's package carries that branch's members, activities and attendance, and nothing else", async () => {
    const branchDeskId = ((await branchDesk.settings.get('desk'))?.value as { deskId: string }).deskId;
    const { pkg } = await buildExchangePackage(community, branchDeskId, 'test');
    const members = pkg.tables['members'] ?? [];
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((member) => member['branchId'] === branchId)).toBe(true);
    expect((pkg.tables['attendance'] ?? []).length).toBeGreaterThan(0);
    expect(pkg.tables['lecturers']).toBeUndefined();
    expect(pkg.tables['settings']).toBeUndefined();
    const preview = await previewExchangeImport(branchDesk, pkg);
    expect(preview.counts.conflict).toBe(0);
    await applyExchangeImport(branchDesk, preview, new Map());
    expect(await branchDesk.members.count()).toBe(members.length);
    // Hours were recounted on the branch desk from the attendance it received.
    const summaries = await branchDesk.studySummaries.toArray();
    expect(summaries.length).toBeGreaterThan(0);
    const held = new Set(members.map((m) => m['id']));
    expect(summaries.every((s) => held.has(s.memberId))).toBe(true);
    for (const summary of summaries) {
      const original = await community.studySummaries.get(summary.id);
      expect(summary.attendanceHours).toBe(original?.attendanceHours);
    }
  });

  it('attendance taken on the branch desk reaches the community desk', async () => {
    const row = await branchDesk.attendance.orderBy('id').first();
    if (row === undefined) throw new Error('没有考勤');
    await branchDesk.attendance.put({ ...row, status: 'absent', hours: 0, updatedAt: new Date().toISOString() });
    const communityId = ((await community.settings.get('desk'))?.value as { deskId: string }).deskId;
    const { pkg } = await buildExchangePackage(branchDesk, communityId, 'test');
    expect(pkg.tables['attendance']?.map((r) => r['id'])).toEqual([row.id]);
    await applyExchangeImport(community, await previewExchangeImport(community, pkg), new Map());
    expect((await community.attendance.get(row.id))?.status).toBe('absent');
  });
});
