import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  addHonour,
  honoursOfMember,
  honoursOfYear,
  pledgesOfYear,
  reviewPledge,
  setPledge,
} from '../../../../renderer/src/db/repositories/honour-repository';
import {
  addCareVisit,
  createCareRound,
  setCareObject,
  visitsOfRound,
} from '../../../../renderer/src/db/repositories/care-repository';
import {
  addInServiceMember,
  addServiceActivity,
  addServiceRecord,
  serviceRecordsOf,
  updateInServiceMember,
} from '../../../../renderer/src/db/repositories/in-service-repository';
import {
  addReviewBallot,
  ballotsOfRound,
  openCorrectionCase,
  openReviewRound,
  reviewGradesOfMember,
  setReviewEntry,
} from '../../../../renderer/src/db/repositories/review-repository';
import { studyRecordOf, studyRecordsOf } from '../../../../renderer/src/db/repositories/study-record-repository';
import { studyRecordSheet } from '../../../../renderer/src/documents/study-record-sheet';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const B = '00000000-0000-4000-8000-0000000000b1';

function member(id: string, name: string, overrides: Partial<Member> = {}): Member {
  return {
    id,
    ...stamp,
    name,
    category: '正式党员',
    branchId: B,
    partyStanding: '正常',
    lostContact: false,
    floating: false,
    membershipStatus: 'active',
    namePinyin: name,
    nameInitials: name,
    ...overrides,
  };
}

describe('a branch’s 民主评议 round', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('review');
    db = new LedgerDatabase(name);
    await db.open();
    await db.orgUnits.put({ id: B, ...stamp, kind: 'branch', name: '第一党支部', order: 1 });
    await db.members.bulkPut([
      member('m1', '甲'),
      member('m2', '乙'),
      member('m3', '丙', { membershipStatus: 'transferred-out' }),
      member('m4', '丁', { joinDate: '2027-03-01' }),
    ]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('takes the branch’s members on the books that year as its roster, once per branch and year', async () => {
    const round = await openReviewRound(db, B, 2026);
    expect(round.memberIds.sort()).toEqual(['m1', 'm2']);
    await expect(openReviewRound(db, B, 2026)).rejects.toThrow('已经建立');
  });

  it('refuses a grade for someone not on the roster and a third 互评 ballot for two members', async () => {
    const round = await openReviewRound(db, B, 2026);
    await expect(setReviewEntry(db, round.id, 'm3', { grade: 'excellent' })).rejects.toThrow('不在本支部');
    await addReviewBallot(db, round.id, 'peer', { m1: 'excellent', m2: 'qualified' });
    await addReviewBallot(db, round.id, 'peer', { m1: 'qualified' });
    await expect(addReviewBallot(db, round.id, 'peer', { m1: 'qualified' })).rejects.toThrow('不能再多');
    await addReviewBallot(db, round.id, 'public', { m1: 'qualified' });
    expect(await ballotsOfRound(db, round.id)).toHaveLength(3);
  });

  it('a member’s grade shows by year; 限期改正 only after 不合格, at most a year', async () => {
    const round = await openReviewRound(db, B, 2026);
    await setReviewEntry(db, round.id, 'm1', { grade: 'qualified', summaryReceivedDate: '2026-12-01' });
    expect(await reviewGradesOfMember(db, 'm1')).toEqual([{ roundId: round.id, year: 2026, grade: 'qualified' }]);
    const input = { memberId: 'm2', roundId: round.id, startDate: '2027-01-10', deadline: '2027-07-10' };
    await expect(openCorrectionCase(db, input)).rejects.toThrow('不合格');
    await setReviewEntry(db, round.id, 'm2', { grade: 'unqualified' });
    await expect(openCorrectionCase(db, { ...input, deadline: '2028-01-11' })).rejects.toThrow('最长一年');
    const opened = await openCorrectionCase(db, input);
    expect(opened.deadline).toBe('2027-07-10');
  });
});

describe('在职党员 and their service records', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('in-service');
    db = new LedgerDatabase(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('are kept apart from the roster; a record before the report date is refused and nothing written', async () => {
    const person = await addInServiceMember(db, {
      name: '周明',
      workUnit: '区税务局',
      workUnitPartyOrg: '中共区税务局机关委员会',
      reportDate: '2026-03-01',
      servicePosts: ['文明劝导'],
    });
    expect(await db.members.count()).toBe(0);
    const record = { personId: person.id, date: '2026-02-20', activity: '垃圾分类宣传', hours: 2 };
    await expect(addServiceRecord(db, record, '2026-06-01')).rejects.toThrow('早于报到日期');
    expect(await serviceRecordsOf(db, person.id)).toHaveLength(0);
    await addServiceRecord(db, { ...record, date: '2026-03-05' }, '2026-06-01');
    await expect(updateInServiceMember(db, person.id, { ...person, reportDate: '2026-04-01' })).rejects.toThrow(
      '报到日期不能晚于它',
    );
  });
});

describe('care visits', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('care');
    db = new LedgerDatabase(name);
    await db.open();
    await db.members.bulkPut([member('m1', '甲'), member('m2', '乙')]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('a 七一 round lists the care objects; a negative amount or someone off the list is refused', async () => {
    await setCareObject(db, 'm1', ['老党员']);
    const round = await createCareRound(db, 2026, '七一', '2026年七一走访慰问');
    expect(round.memberIds).toEqual(['m1']);
    const visit = {
      memberId: 'm1',
      roundId: round.id,
      date: '2026-06-28',
      visitors: '李梅',
      amountFen: -1,
      signed: false,
    };
    await expect(addCareVisit(db, visit, '2026-07-01')).rejects.toThrow('不能为负数');
    await expect(addCareVisit(db, { ...visit, memberId: 'm2', amountFen: 0 }, '2026-07-01')).rejects.toThrow(
      '不在这批',
    );
    await addCareVisit(db, { ...visit, amountFen: 50000 }, '2026-07-01');
    expect(await visitsOfRound(db, round.id)).toHaveLength(1);
  });
});

describe('honours and pledges', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('honours');
    db = new LedgerDatabase(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('an honour files under the year of its date; one pledge per member and year, then its review', async () => {
    await addHonour(db, { memberId: 'm1', kind: 'honour', title: '优秀共产党员', level: '街道级', date: '2026-06-30' });
    await expect(
      addHonour(db, { memberId: 'm1', kind: 'honour', title: '', level: '街道级', date: '2026-06-30' }),
    ).rejects.toThrow('请填写名称');
    expect((await honoursOfYear(db, 2026)).map((h) => h.title)).toEqual(['优秀共产党员']);
    expect(await honoursOfMember(db, 'm1')).toHaveLength(1);
    const first = await setPledge(db, 'm1', 2026, '每月参加一次志愿服务');
    const second = await setPledge(db, 'm1', 2026, '每月参加两次志愿服务');
    expect(second.id).toBe(first.id);
    await expect(reviewPledge(db, first.id, '做到了', '2025-12-01')).rejects.toThrow('不能早于');
    const reviewed = await reviewPledge(db, first.id, '全年参加 26 次', '2026-12-20');
    expect(reviewed.fulfilment).toBe('全年参加 26 次');
    expect(await pledgesOfYear(db, 2026)).toHaveLength(1);
  });
});

describe('a community service activity with in-service members as attendees', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('service-activity');
    db = new LedgerDatabase(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('gives each attendee a service record, or none when one had not reported yet', async () => {
    const base = { workUnit: '区税务局', workUnitPartyOrg: '区税务局机关党委', servicePosts: [] };
    const a = await addInServiceMember(db, { ...base, name: '周明', reportDate: '2026-01-10' });
    const b = await addInServiceMember(db, { ...base, name: '吴刚', reportDate: '2026-05-01' });
    const activity = { date: '2026-04-01', activity: '清洁家园', hours: 3 };
    await expect(addServiceActivity(db, activity, [a.id, b.id], '2026-06-01')).rejects.toThrow(
      '吴刚（2026-05-01报到）',
    );
    expect(await db.serviceRecords.count()).toBe(0);
    await addServiceActivity(db, { ...activity, date: '2026-05-02' }, [a.id, b.id], '2026-06-01');
    expect(await serviceRecordsOf(db, b.id)).toHaveLength(1);
  });
});

describe('the 民主评议 grade on the 学习记录表', () => {
  let db: LedgerDatabase;
  let name: string;

  beforeEach(async () => {
    name = uniqueDatabaseName('review-grade-sheet');
    db = new LedgerDatabase(name);
    await db.open();
    await db.orgUnits.put({ id: B, ...stamp, kind: 'branch', name: '第一党支部', order: 1 });
    await db.members.bulkPut([member('m1', '甲'), member('m2', '乙')]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('shows the decided grade of that year beside the target, single and batch alike', async () => {
    const round = await openReviewRound(db, B, 2026);
    await setReviewEntry(db, round.id, 'm1', { grade: 'excellent' });
    const context = { branchName: () => '第一党支部', targetHours: () => 32 };
    const m1 = (await db.members.get('m1')) as Member;
    const m2 = (await db.members.get('m2')) as Member;
    expect(studyRecordSheet(await studyRecordOf(db, m1, 2026, context)).target).toContain('民主评议优秀');
    const batch = await studyRecordsOf(db, [m1, m2], 2026, context);
    expect(batch[0]?.reviewGrade).toBe('优秀');
    expect(batch[1]?.reviewGrade).toBeUndefined();
    expect((await studyRecordOf(db, m1, 2025, context)).reviewGrade).toBeUndefined();
  });
});
