import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createMember } from '../../../../renderer/src/db/repositories/member-repository';
import {
  addStep,
  createCase,
  deleteStep,
  listCaseRows,
  listSteps,
  RecruitmentError,
  walkInAttendance,
} from '../../../../renderer/src/db/repositories/recruitment-repository';
import type { StepDraft } from '../../../../renderer/src/domain/rules/recruitment-case';
import { idCheckCharacter } from '../../../../renderer/src/domain/rules/id-number';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

const ID17 = '11010119990301123';
const ID = ID17 + idCheckCharacter(ID17);
const PASSED = { entitled: 9, present: 8, yes: 8, no: 0, abstain: 0, declared: '通过' as const };

async function fullMember(db: LedgerDatabase, name: string, category: '正式党员' | '预备党员' = '正式党员') {
  return createMember(db, {
    name,
    category,
    branchId: 'b1',
    partyStanding: '正常',
    lostContact: false,
    floating: false,
    membershipStatus: 'active',
  });
}

describe('发展党员 store', () => {
  const name = uniqueDatabaseName('recruitment');
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openCurrent(name);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('an applicant under 18 or with a wrong ID is refused and nothing is written', async () => {
    const base = { name: '赵六', idNumber: ID, branchId: 'b1', applicationDate: '2017-02-28' };
    await expect(createCase(db, base, '2026-01-01')).rejects.toThrow('年满十八岁');
    await expect(createCase(db, { ...base, idNumber: '110101199903011230' }, '2026-01-01')).rejects.toThrow(
      RecruitmentError,
    );
    expect(await db.recruitmentCases.count()).toBe(0);
    await createCase(db, { ...base, applicationDate: '2024-01-15' }, '2026-01-01');
    await expect(createCase(db, { ...base, applicationDate: '2024-01-15' }, '2026-01-01')).rejects.toThrow('已登记');
  });

  it('a case taken to 正式党员 creates the 预备党员 at admission and sets the 转正 date at approval', async () => {
    const [a, b] = [await fullMember(db, '张三'), await fullMember(db, '李四')];
    const probationer = await fullMember(db, '王五', '预备党员');
    const record = await createCase(
      db,
      { name: '赵六', idNumber: ID, branchId: 'b1', applicationDate: '2024-01-15' },
      '2024-01-15',
    );
    const add = (draft: StepDraft, today = draft.date) => addStep(db, record.id, draft, today);
    await add({ kind: 'talk', date: '2024-02-01' });
    await add({ kind: 'recommendation', date: '2024-02-20' });
    await add({ kind: 'activist-decision', date: '2024-03-01' });
    await add({ kind: 'contacts', date: '2024-03-01', memberIds: [a.id] });
    await add({ kind: 'assessment', date: '2024-09-01', content: '表现良好' });
    await add({ kind: 'assessment', date: '2025-02-28', content: '表现良好' });

    const early = add({ kind: 'candidate-decision', date: '2025-02-28' });
    await expect(early).rejects.toMatchObject({ refusal: { earliest: '2025-03-01' } });
    expect(await listSteps(db, record.id)).toHaveLength(6);

    await add({ kind: 'candidate-decision', date: '2025-03-01' });
    await expect(add({ kind: 'sponsors', date: '2025-03-05', memberIds: [a.id, probationer.id] })).rejects.toThrow(
      '预备党员',
    );
    await add({ kind: 'sponsors', date: '2025-03-05', memberIds: [a.id, b.id] });
    await add({ kind: 'political-review', date: '2025-04-01', content: '政治合格' });
    await add({ kind: 'training', date: '2025-04-10', trainingHours: 24 });
    await add({ kind: 'committee-review', date: '2025-05-01' });
    await add({ kind: 'pre-review', date: '2025-05-05' });
    await add({ kind: 'publicity', date: '2025-05-10' });
    await add({ kind: 'application-form', date: '2025-05-12' });
    const noQuorum = { ...PASSED, present: 4, yes: 4 };
    await expect(add({ kind: 'admission-vote', date: '2025-06-01', vote: noQuorum })).rejects.toThrow('到会人数不足');
    expect(await db.members.count()).toBe(3);

    await add({ kind: 'admission-vote', date: '2025-06-01', vote: PASSED });
    const admitted = (await db.members.where('idNumber').equals(ID).toArray())[0];
    expect(admitted).toMatchObject({
      name: '赵六',
      category: '预备党员',
      joinDate: '2025-06-01',
      branchId: 'b1',
      birthDate: '1999-03-01',
      gender: '男',
    });
    expect((await db.recruitmentCases.get(record.id))?.memberId).toBe(admitted?.id);
    expect(
      await db.memberEvents
        .where('memberId')
        .equals(admitted?.id ?? '')
        .count(),
    ).toBe(1);

    await add({ kind: 'admission-approval', date: '2025-07-01' });
    await add({ kind: 'oath', date: '2025-07-01' });
    await add({ kind: 'probation-assessment', date: '2025-12-01', content: '表现良好' });
    await add({ kind: 'thought-report', date: '2026-03-01', content: '学习体会' });
    await add({ kind: 'confirmation-application', date: '2026-05-20' });
    await add({ kind: 'confirmation-vote', date: '2026-06-05', vote: PASSED });
    await add({ kind: 'confirmation-approval', date: '2026-07-01' });
    const confirmed = await db.members.get(admitted?.id ?? '');
    expect(confirmed).toMatchObject({ category: '正式党员', fullMemberDate: '2026-06-01' });

    const [row] = await listCaseRows(db, '2026-07-02');
    expect(row?.status).toMatchObject({ stage: '正式党员', ended: true });
    const steps = await listSteps(db, record.id);
    await expect(deleteStep(db, steps[steps.length - 1]?.id ?? '')).rejects.toThrow('党员名册');
  });

  it('the admission rolls back whole when the roster already holds the ID', async () => {
    const record = await createCase(
      db,
      { name: '赵六', idNumber: ID, branchId: 'b1', applicationDate: '2024-01-15' },
      '2024-01-15',
    );
    await db.recruitmentSteps.bulkAdd(
      (
        [
          'talk',
          'recommendation',
          'activist-decision',
          'contacts',
          'assessment',
          'candidate-decision',
          'sponsors',
          'political-review',
          'training',
          'committee-review',
          'pre-review',
          'publicity',
          'application-form',
        ] as const
      ).map((kind, index) => ({
        id: crypto.randomUUID(),
        caseId: record.id,
        kind,
        date: kind === 'candidate-decision' || index > 5 ? '2025-03-01' : '2024-03-01',
        createdAt: `2024-01-01T00:00:${String(index).padStart(2, '0')}Z`,
        updatedAt: 'x',
        ...(kind === 'publicity' ? { publicityDays: 5 } : {}),
      })),
    );
    await createMember(db, {
      name: '赵六',
      idNumber: ID,
      category: '正式党员',
      branchId: 'b1',
      partyStanding: '正常',
      lostContact: false,
      floating: false,
      membershipStatus: 'active',
    });
    await expect(
      addStep(db, record.id, { kind: 'admission-vote', date: '2025-06-01', vote: PASSED }, '2025-06-01'),
    ).rejects.toThrow('已登记');
    expect(await db.recruitmentSteps.where('kind').equals('admission-vote').count()).toBe(0);
  });

  it('the 积极分子 card finds their walk-in attendance by name and category since the application', async () => {
    const base = { createdAt: 'x', updatedAt: 'x', expected: false, order: 1 };
    await db.activities.bulkPut([
      { id: 'a1', title: '七月主题党日', date: '2024-07-01' },
      { id: 'a2', title: '党课', date: '2023-12-01' },
    ] as never[]);
    await db.attendance.bulkPut([
      {
        ...base,
        id: 't1',
        activityId: 'a1',
        personName: '赵六',
        personCategory: 'activist',
        status: 'present',
        hours: 2,
        date: '2024-07-01',
      },
      {
        ...base,
        id: 't2',
        activityId: 'a2',
        personName: '赵六',
        personCategory: 'activist',
        status: 'present',
        hours: 2,
        date: '2023-12-01',
      },
      {
        ...base,
        id: 't3',
        activityId: 'a1',
        personName: '赵六',
        personCategory: 'resident',
        status: 'present',
        hours: 2,
        date: '2024-07-01',
      },
      {
        ...base,
        id: 't4',
        activityId: 'a1',
        personName: '钱七',
        personCategory: 'activist',
        status: 'present',
        hours: 2,
        date: '2024-07-01',
      },
      {
        ...base,
        id: 't5',
        activityId: 'a1',
        personName: '赵六',
        personCategory: 'activist',
        status: 'absent',
        hours: 0,
        date: '2024-07-01',
      },
    ] as never[]);
    const rows = await walkInAttendance(db, '赵六', '2024-01-15');
    expect(rows).toEqual([{ id: 't1', date: '2024-07-01', activityTitle: '七月主题党日', hours: 2 }]);
  });
});
