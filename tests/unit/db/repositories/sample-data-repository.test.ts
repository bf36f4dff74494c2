import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  clearSampleData,
  getSampleDataManifest,
  loadSampleData,
  SampleDataError,
} from '../../../../renderer/src/db/repositories/sample-data-repository';
import { createRecord } from '../../../../renderer/src/db/records';
import { getOfficeSettings, saveOfficeSettings } from '../../../../renderer/src/db/repositories/settings-repository';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import type { OrgUnit } from '../../../../renderer/src/domain/entities/organisation';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const OPTIONS = { seed: 3, memberCount: 40, years: 1, endDate: '2026-11-26' };

describe('sample data loader', () => {
  let name = '';
  afterEach(() => deleteDatabase(name));

  async function open(): Promise<LedgerDatabase> {
    name = uniqueDatabaseName('sample');
    const db = new LedgerDatabase(name);
    await db.open();
    return db;
  }

  it('a blank office gets the sample unit name, contact and phone, and clearing blanks them again', async () => {
    const db = await open();
    await loadSampleData(db, OPTIONS);
    const office = await getOfficeSettings(db);
    expect(office).toMatchObject({
      officeName: '中共幸福社区委员会',
      contactPerson: '王丽',
      contactPhone: '023-68881234',
    });
    await saveOfficeSettings(db, { ...office, contactPerson: '李主任' });
    await clearSampleData(db);
    // What the office typed since is kept; the sample's own details go.
    expect(await getOfficeSettings(db)).toMatchObject({ officeName: '', contactPerson: '李主任', contactPhone: '' });
    db.close();
  });

  it('an office whose details are set keeps them when the sample loads', async () => {
    const db = await open();
    await saveOfficeSettings(db, { ...(await getOfficeSettings(db)), officeName: '红星社区党委' });
    await loadSampleData(db, OPTIONS);
    expect((await getOfficeSettings(db)).officeName).toBe('红星社区党委');
    expect((await getOfficeSettings(db)).contactPerson).toBe('');
    db.close();
  });

  it('loads a whole office into an empty store, with study summaries for the members', async () => {
    const db = await open();
    const counts = await loadSampleData(db, OPTIONS);
    expect(counts.members).toBe(40);
    expect(await db.members.count()).toBe(40);
    expect(await db.attendance.count()).toBe(counts.attendance);
    expect(await db.activityTypes.count()).toBe(17);
    const summaries = await db.studySummaries.toArray();
    expect(summaries.length).toBeGreaterThanOrEqual(30);
    expect(summaries.some((summary) => summary.attendanceHours > 10)).toBe(true);
    expect((await getSampleDataManifest(db))?.ids.members).toHaveLength(40);
    db.close();
  });

  it('refuses a store that already has members, and changes nothing', async () => {
    const db = await open();
    const branch = createRecord<OrgUnit>({ kind: 'branch', name: '真实支部', order: 1 });
    await db.orgUnits.add(branch);
    await expect(loadSampleData(db, OPTIONS)).rejects.toThrow(/示例数据只能载入空白台账/);
    expect(await db.orgUnits.count()).toBe(1);
    expect(await db.members.count()).toBe(0);
    expect(await db.activityTypes.count()).toBe(0);
    db.close();
  });

  it('清除示例数据 removes exactly what was loaded and keeps the built-in types and other data', async () => {
    const db = await open();
    await db.settings.put({ key: 'office', value: { officeName: '幸福社区' }, updatedAt: '2026-01-01' });
    await loadSampleData(db, OPTIONS);
    expect(await db.duesPayments.count()).toBeGreaterThan(0);
    expect(await db.inServiceMembers.count()).toBeGreaterThan(0);
    const removed = await clearSampleData(db);
    expect(removed.members).toBe(40);
    for (const table of [
      db.orgUnits,
      db.members,
      db.posts,
      db.memberEvents,
      db.contactLogs,
      db.activities,
      db.attendance,
      db.duesProfiles,
      db.duesPayments,
      db.careObjects,
      db.careRounds,
      db.careVisits,
      db.inServiceMembers,
      db.serviceRecords,
      db.recruitmentCases,
      db.recruitmentSteps,
      db.reviewRounds,
      db.reviewBallots,
    ]) {
      expect(await table.count()).toBe(0);
    }
    expect(await db.studySummaries.count()).toBe(0);
    expect(await db.activityTypes.count()).toBe(17);
    expect(await db.settings.get('office')).toBeDefined();
    expect(await getSampleDataManifest(db)).toBeNull();
    // …and the store is empty again, so the sample can be loaded once more.
    await loadSampleData(db, OPTIONS);
    expect(await db.members.count()).toBe(40);
    db.close();
  });

  it('will not clear when the user has since added a member to a sample branch', async () => {
    const db = await open();
    await loadSampleData(db, OPTIONS);
    const branch = (await db.orgUnits.where('kind').equals('branch').first()) as OrgUnit;
    await db.members.add(
      createRecord<Member>({
        name: '真实党员',
        category: '正式党员',
        branchId: branch.id,
        partyStanding: '正常',
        lostContact: false,
        floating: false,
        membershipStatus: 'active',
        namePinyin: 'zhenshidangyuan',
        nameInitials: 'zsdy',
      }),
    );
    await expect(clearSampleData(db)).rejects.toBeInstanceOf(SampleDataError);
    expect(await db.members.count()).toBe(41);
    db.close();
  });
});
