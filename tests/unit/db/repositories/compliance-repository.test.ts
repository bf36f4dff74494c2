import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { loadComplianceSnapshot } from '../../../../renderer/src/db/repositories/compliance-repository';
import { loadSampleData } from '../../../../renderer/src/db/repositories/sample-data-repository';
import { loadYearlyCheck } from '../../../../renderer/src/db/repositories/yearly-check-repository';
import { createRecord } from '../../../../renderer/src/db/records';
import type { Activity, Attendance } from '../../../../renderer/src/domain/entities/activity';
import type { ContactLog, MemberEvent } from '../../../../renderer/src/domain/entities/member';
import type { OrgUnit } from '../../../../renderer/src/domain/entities/organisation';
import type { ThoughtReport } from '../../../../renderer/src/domain/entities/study-record';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';
import { referenceComplianceSnapshot, referenceYearlyCheck } from './compliance-reference';

/**
 * The overview and the yearly check read in bulk (one round of indexed reads for all flagged members);
 * they must say exactly what the first, one-member-at-a-time versions said, on a generated office with
 * the awkward cases added: arrivals, leave with and without a reason, deleted contact-log entries and
 * 思想汇报, members with no organisational life for two years.
 */
describe('overview and yearly check read in bulk, with the same result as member by member', () => {
  let name = '';
  let db: LedgerDatabase;
  const days = ['2026-11-26', '2026-01-10', '2026-07-01', '2025-12-31'];

  beforeAll(async () => {
    name = uniqueDatabaseName('compliance');
    db = new LedgerDatabase(name);
    await db.open();
    await loadSampleData(db, { seed: 11, memberCount: 160, years: 3, endDate: '2026-11-26' });
    const members = await db.members.toArray();
    const [first, second, third, fourth, fifth] = members;
    if (first === undefined || second === undefined || third === undefined || fourth === undefined || !fifth) {
      throw new Error('样例数据党员不足');
    }
    const activity = (await db.activities.orderBy('date').last())?.id ?? 'x';
    const leaveRow = (memberId: string, date: string, reason: string | undefined, deleted = false) =>
      createRecord<Attendance>({
        activityId: activity,
        memberId,
        personName: '测试',
        personCategory: 'member',
        expected: true,
        status: 'leave',
        ...(reason === undefined ? {} : { reason }),
        hours: 0,
        date,
        order: 1,
        ...(deleted ? { deletedAt: '2026-10-01T00:00:00.000Z' } : {}),
      });
    // Two members with no organisational life for years: one asked leave (with reason), one without.
    for (const member of [first, second]) {
      await db.studySummaries
        .where('memberId')
        .equals(member.id)
        .modify((s) => {
          delete s.lastOrganisationalLifeDate;
        });
    }
    await db.attendance.bulkAdd([
      leaveRow(first.id, '2026-10-20', '外出务工'),
      leaveRow(second.id, '2026-10-20', '  '),
      leaveRow(second.id, '2026-09-20', '生病', true),
    ]);
    // A member who arrived recently: the count starts at the arrival.
    await db.memberEvents.add(
      createRecord<MemberEvent>({ memberId: third.id, type: 'transferred-in', date: '2026-09-01' }),
    );
    await db.studySummaries
      .where('memberId')
      .equals(third.id)
      .modify((s) => {
        delete s.lastOrganisationalLifeDate;
      });
    // Floating members whose newest contact entry was deleted.
    await db.members.bulkUpdate([
      { key: fourth.id, changes: { floating: true, floatingSince: '2025-01-01' } },
      { key: fifth.id, changes: { category: '预备党员' } },
    ]);
    await db.contactLogs.bulkAdd([
      createRecord<ContactLog>({ memberId: fourth.id, date: '2025-03-01', way: '电话', content: '联系' }),
      {
        ...createRecord<ContactLog>({ memberId: fourth.id, date: '2026-10-01', way: '电话', content: '联系' }),
        deletedAt: '2026-10-02T00:00:00.000Z',
      },
    ]);
    await db.thoughtReports.bulkAdd([
      createRecord<ThoughtReport>({
        memberId: fifth.id,
        receivedDate: '2026-02-01',
        periodFrom: '2025-10-01',
        periodTo: '2025-12-31',
      }),
      {
        ...createRecord<ThoughtReport>({
          memberId: fifth.id,
          receivedDate: '2026-09-01',
          periodFrom: '2026-04-01',
          periodTo: '2026-06-30',
        }),
        deletedAt: '2026-10-02T00:00:00.000Z',
      },
    ]);
    // Branches entered after records began: one with older activities on file (it existed all along),
    // one with only newer ones (required from its first full period), one with none at all.
    const template = await db.activities.orderBy('date').first();
    if (template === undefined) throw new Error('样例数据没有活动');
    const unit = (id: string, createdAt: string): OrgUnit => ({
      ...createRecord<OrgUnit>({ kind: 'branch', name: `新支部${id}`, order: 90 }),
      id,
      createdAt,
    });
    await db.orgUnits.bulkAdd([
      unit('late-with-history', '2025-06-01T08:00:00.000Z'),
      unit('late-new', '2025-06-01T08:00:00.000Z'),
      unit('late-empty', '2026-03-15T08:00:00.000Z'),
    ]);
    const copy = (orgUnitId: string, date: string): Activity => ({
      ...template,
      id: `${orgUnitId}-${date}`,
      orgUnitIds: [orgUnitId],
      date,
    });
    await db.activities.bulkAdd([
      copy('late-with-history', '2025-08-01'),
      copy('late-with-history', '2025-02-01'),
      copy('late-new', '2025-07-01'),
      copy('late-new', '2026-01-05'),
    ]);
  }, 120_000);

  afterAll(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it.each(days)('overview warnings on %s', async (today) => {
    const expected = await referenceComplianceSnapshot(db, today);
    const actual = await loadComplianceSnapshot(db, today);
    expect(actual).toEqual(expected);
    if (today === '2026-11-26') {
      expect(actual.lifeGaps.length).toBeGreaterThan(0);
      expect(actual.lifeGaps.some((gap) => gap.onLeave)).toBe(true);
      expect(actual.floating.length).toBeGreaterThan(0);
      expect(actual.thoughtReports.length).toBeGreaterThan(0);
    }
  });

  it.each([2026, 2025, 2024])('yearly check of %i', async (year) => {
    const expected = await referenceYearlyCheck(db, year, '2026-11-26');
    const actual = await loadYearlyCheck(db, year, '2026-11-26');
    const { context: expectedContext, ...expectedRest } = expected;
    const { context: actualContext, ...actualRest } = actual;
    expect(actualRest).toEqual(expectedRest);
    expect({ ...actualContext, targetOf: null }).toEqual({ ...expectedContext, targetOf: null });
    expect(actual.branches.length).toBeGreaterThan(1);
    const required = (id: string) => actual.branches.find((b) => b.branchId === id)?.meetingsRequired ?? -1;
    if (year === 2025) {
      // Activities on file from before it was entered: it existed all along, so all of 2025 is due.
      expect(required('late-with-history')).toBeGreaterThan(required('late-new'));
    }
    if (year === 2026) {
      // Entered in March 2026: due from its first full period only.
      expect(required('late-with-history')).toBe(required('late-new'));
      expect(required('late-empty')).toBeLessThan(required('late-new'));
    }
  });
});
