import { describe, expect, it } from 'vitest';
import type { RecruitmentStep, RecruitmentStepKind } from '../../../../renderer/src/domain/entities/recruitment';
import type { RosterPerson, StepDraft } from '../../../../renderer/src/domain/rules/recruitment-case';
import { confirmationDate, evaluateCase, validateStep } from '../../../../renderer/src/domain/rules/recruitment-case';
import { checkApplicant } from '../../../../renderer/src/domain/rules/recruitment-applicant';
import { idCheckCharacter } from '../../../../renderer/src/domain/rules/id-number';

const CASE = { applicationDate: '2024-01-15' };
const FAR = '2030-01-01';
let serial = 0;

function step(kind: RecruitmentStepKind, date: string, extra: Partial<RecruitmentStep> = {}): RecruitmentStep {
  serial += 1;
  const stamp = `2020-01-01T00:00:${String(serial % 60).padStart(2, '0')}.${String(serial).padStart(3, '0')}Z`;
  return { id: `s${serial}`, caseId: 'c1', kind, date, createdAt: stamp, updatedAt: stamp, ...extra };
}

const PASSED = { entitled: 9, present: 8, yes: 8, no: 0, abstain: 0, declared: '通过' as const };
const ROSTER = new Map<string, RosterPerson>([
  ['m1', { id: 'm1', name: '张三', category: '正式党员', active: true }],
  ['m2', { id: 'm2', name: '李四', category: '正式党员', active: true }],
  ['p1', { id: 'p1', name: '王五', category: '预备党员', active: true }],
]);

/** A case up to 积极分子 on 2024-03-01 with contacts and one assessment. */
function activist(): RecruitmentStep[] {
  return [
    step('talk', '2024-02-01'),
    step('recommendation', '2024-02-20'),
    step('activist-decision', '2024-03-01'),
    step('contacts', '2024-03-01', { memberIds: ['m1'] }),
    step('assessment', '2024-09-01'),
  ];
}

/** Up to 发展对象 with everything before the vote, 公示 of 5 days from 2025-05-10. */
function readyToVote(): RecruitmentStep[] {
  return [
    ...activist(),
    step('assessment', '2025-02-28'),
    step('candidate-decision', '2025-03-01'),
    step('sponsors', '2025-03-05', { memberIds: ['m1', 'm2'] }),
    step('political-review', '2025-04-01', { content: '政治合格' }),
    step('training', '2025-04-10', { trainingDays: 3 }),
    step('committee-review', '2025-05-01'),
    step('pre-review', '2025-05-05'),
    step('publicity', '2025-05-10', { publicityDays: 5 }),
    step('application-form', '2025-05-12'),
  ];
}

function check(steps: RecruitmentStep[], draft: StepDraft, today = FAR) {
  return validateStep(CASE, steps, draft, today, ROSTER);
}

describe('talk within one month of the application', () => {
  it('is due on the same day one month later and overdue the day after', () => {
    expect(evaluateCase(CASE, [], '2024-02-15').next).toMatchObject({
      kind: 'talk',
      state: 'due-soon',
      due: { date: '2024-02-15' },
    });
    expect(evaluateCase(CASE, [], '2024-02-16').next?.state).toBe('overdue');
    expect(evaluateCase(CASE, [], '2024-02-16').warnings[0]?.level).toBe('alarm');
  });

  it('a talk recorded late is kept but flagged as a broken interval', () => {
    const status = evaluateCase(CASE, [step('talk', '2024-02-16')], '2024-02-20');
    expect(status.warnings.some((w) => w.kind === 'interval-broken' && w.message.includes('谈话'))).toBe(true);
    expect(evaluateCase(CASE, [step('talk', '2024-02-15')], '2024-02-20').warnings).toEqual([]);
  });

  it('a talk before the application is refused with the application date', () => {
    expect(check([], { kind: 'talk', date: '2024-01-14' })).toMatchObject({ earliest: '2024-01-15' });
    expect(check([], { kind: 'talk', date: '2024-01-15' })).toBeNull();
  });
});

describe('order of steps', () => {
  it('a step before its predecessor is refused, naming the predecessor', () => {
    const refusal = check([], { kind: 'activist-decision', date: '2024-03-01' });
    expect(refusal?.message).toContain('须先完成');
    expect(refusal?.message).toContain('推荐');
  });

  it('a step dated before its predecessor is refused with the predecessor date', () => {
    const refusal = check([step('talk', '2024-02-01')], { kind: 'recommendation', date: '2024-01-31' });
    expect(refusal?.earliest).toBe('2024-02-01');
  });

  it('a one-off step is not recorded twice; a future date is refused', () => {
    expect(check([step('talk', '2024-02-01')], { kind: 'talk', date: '2024-02-02' })?.message).toContain('已记录');
    expect(check([], { kind: 'talk', date: '2024-02-02' }, '2024-02-01')?.rule).toContain('未来');
  });
});

describe('half-yearly assessment of an 积极分子', () => {
  it('is due six months after the decision, then six months after the last one', () => {
    const steps = activist().slice(0, 4);
    const at = (today: string) => evaluateCase(CASE, steps, today).open.find((s) => s.kind === 'assessment');
    expect(at('2024-09-01')).toMatchObject({ state: 'due-soon', due: { date: '2024-09-01' } });
    expect(at('2024-09-02')?.state).toBe('overdue');
    expect(at('2024-08-01')?.state).toBe('open');
    const after = evaluateCase(CASE, activist(), '2025-03-02').open.find((s) => s.kind === 'assessment');
    expect(after).toMatchObject({ state: 'overdue', due: { date: '2025-03-01' } });
    expect(evaluateCase(CASE, activist(), '2025-03-02').warnings.some((w) => w.kind === 'assessment-due')).toBe(true);
  });

  it('is no longer expected once the person is a 发展对象', () => {
    const steps = [...activist(), step('candidate-decision', '2025-03-01')];
    expect(evaluateCase(CASE, steps, '2026-01-01').open.some((s) => s.kind === 'assessment')).toBe(false);
    expect(check(steps, { kind: 'assessment', date: '2025-04-01' })?.rule).toContain('下一阶段');
  });
});

describe('one year as 积极分子 before 发展对象', () => {
  it('the day before the year is refused with the date; the anniversary is allowed', () => {
    const refusal = check(activist(), { kind: 'candidate-decision', date: '2025-02-28' }, '2025-02-28');
    expect(refusal).toMatchObject({ earliest: '2025-03-01' });
    expect(refusal?.rule).toContain('一年以上');
    expect(check(activist(), { kind: 'candidate-decision', date: '2025-03-01' }, '2025-03-01')).toBeNull();
  });

  it('the board shows it too early until then', () => {
    const status = evaluateCase(CASE, activist(), '2024-12-01');
    expect(status.next).toMatchObject({
      kind: 'candidate-decision',
      state: 'too-early',
      earliest: { date: '2025-03-01' },
    });
    expect(status.stage).toBe('积极分子');
  });

  it('needs contacts and at least one assessment', () => {
    const steps = activist().slice(0, 3);
    expect(check(steps, { kind: 'candidate-decision', date: '2025-03-01' })?.message).toContain('培养联系人');
  });
});

describe('people chosen from the roster', () => {
  const base = activist().slice(0, 3);
  it('one or two 正式党员 as 培养联系人', () => {
    expect(check(base, { kind: 'contacts', date: '2024-03-02', memberIds: [] })).not.toBeNull();
    expect(check(base, { kind: 'contacts', date: '2024-03-02', memberIds: ['m1', 'm2'] })).toBeNull();
    expect(check(base, { kind: 'contacts', date: '2024-03-02', memberIds: ['p1'] })?.message).toContain('预备党员');
  });

  it('exactly two 正式党员 as 介绍人', () => {
    const steps = [...activist(), step('candidate-decision', '2025-03-01')];
    expect(check(steps, { kind: 'sponsors', date: '2025-03-02', memberIds: ['m1'] })).not.toBeNull();
    expect(check(steps, { kind: 'sponsors', date: '2025-03-02', memberIds: ['m1', 'p1'] })?.message).toContain('王五');
    expect(check(steps, { kind: 'sponsors', date: '2025-03-02', memberIds: ['m1', 'm2'] })).toBeNull();
  });
});

describe('training, 政审 and 公示', () => {
  const steps = [...activist(), step('candidate-decision', '2025-03-01')];
  it('training needs three days or 24 学时', () => {
    expect(check(steps, { kind: 'training', date: '2025-04-01', trainingDays: 2, trainingHours: 23 })).not.toBeNull();
    expect(check(steps, { kind: 'training', date: '2025-04-01', trainingDays: 3 })).toBeNull();
    expect(check(steps, { kind: 'training', date: '2025-04-01', trainingHours: 24 })).toBeNull();
  });

  it('政审 needs its conclusion', () => {
    expect(check(steps, { kind: 'political-review', date: '2025-04-01', content: ' ' })).not.toBeNull();
  });

  it('the vote comes only after the 公示 days', () => {
    const refusal = check(readyToVote(), { kind: 'admission-vote', date: '2025-05-14', vote: PASSED });
    expect(refusal).toMatchObject({ earliest: '2025-05-15' });
    expect(check(readyToVote(), { kind: 'admission-vote', date: '2025-05-15', vote: PASSED })).toBeNull();
  });
});

describe('支部大会 vote recorded as passed', () => {
  it('a vote without a quorum recorded as passed is refused', () => {
    const vote = { entitled: 10, present: 5, yes: 5, no: 0, abstain: 0, declared: '通过' as const };
    expect(check(readyToVote(), { kind: 'admission-vote', date: '2025-05-20', vote })?.message).toContain(
      '到会人数不足',
    );
  });

  it('yes at exactly half of those entitled is refused as passed and accepted as failed', () => {
    const vote = { entitled: 10, present: 8, yes: 5, no: 3, abstain: 0 };
    expect(
      check(readyToVote(), { kind: 'admission-vote', date: '2025-05-20', vote: { ...vote, declared: '通过' } })
        ?.message,
    ).toContain('赞成票不足');
    const failed = step('admission-vote', '2025-05-20', { vote: { ...vote, declared: '未通过' } });
    expect(
      check(readyToVote(), { kind: 'admission-vote', date: '2025-05-20', vote: { ...vote, declared: '未通过' } }),
    ).toBeNull();
    expect(evaluateCase(CASE, [...readyToVote(), failed], '2025-06-01').stage).toBe('发展对象');
  });
});

describe('预备期, approval and 转正', () => {
  const admitted = () => [...readyToVote(), step('admission-vote', '2025-06-01', { vote: PASSED })];

  it('approval pending is warned from two months and overdue after three', () => {
    expect(evaluateCase(CASE, admitted(), '2025-07-31').warnings.some((w) => w.kind === 'approval-pending')).toBe(
      false,
    );
    const warned = evaluateCase(CASE, admitted(), '2025-08-01');
    expect(warned.stage).toBe('预备党员');
    expect(warned.warnings.find((w) => w.kind === 'approval-pending')?.level).toBe('warn');
    expect(evaluateCase(CASE, admitted(), '2025-09-01').next?.state).toBe('due-soon');
    expect(
      evaluateCase(CASE, admitted(), '2025-09-02').warnings.find((w) => w.kind === 'approval-pending')?.level,
    ).toBe('alarm');
  });

  const probation = () => [
    ...admitted(),
    step('admission-approval', '2025-07-01'),
    step('oath', '2025-07-01'),
    step('probation-assessment', '2025-12-01'),
  ];

  it('转正 is discussed only when the year is over', () => {
    const withApplication = [...probation(), step('confirmation-application', '2026-05-20')];
    expect(check(withApplication, { kind: 'confirmation-vote', date: '2026-05-31', vote: PASSED })).toMatchObject({
      earliest: '2026-06-01',
    });
    expect(check(withApplication, { kind: 'confirmation-vote', date: '2026-06-01', vote: PASSED })).toBeNull();
    expect(check(probation(), { kind: 'confirmation-application', date: '2026-04-30' })).toMatchObject({
      earliest: '2026-05-01',
    });
  });

  it('an extension of 6–12 months moves the end of the 预备期', () => {
    expect(check(probation(), { kind: 'extension', date: '2026-06-01', extensionMonths: 5 })).not.toBeNull();
    expect(check(probation(), { kind: 'extension', date: '2026-06-01', extensionMonths: 13 })).not.toBeNull();
    expect(check(probation(), { kind: 'extension', date: '2026-05-31', extensionMonths: 6 })).toMatchObject({
      earliest: '2026-06-01',
    });
    const extended = [...probation(), step('extension', '2026-06-01', { extensionMonths: 6 })];
    expect(evaluateCase(CASE, extended, '2026-06-02').probationEnd).toBe('2026-12-01');
    expect(check(extended, { kind: 'extension', date: '2026-12-01', extensionMonths: 7 })?.message).toContain('合计');
  });

  it('after approval of 转正 the case ends and the 转正 date is the end of the 预备期', () => {
    const done = [
      ...probation(),
      step('confirmation-application', '2026-05-20'),
      step('confirmation-vote', '2026-06-05', { vote: PASSED }),
      step('confirmation-approval', '2026-07-01'),
    ];
    const status = evaluateCase(CASE, done, '2026-07-02');
    expect(status).toMatchObject({ stage: '正式党员', ended: true, open: [] });
    expect(status.stageDates).toMatchObject({
      积极分子: '2024-03-01',
      发展对象: '2025-03-01',
      预备党员: '2025-06-01',
      正式党员: '2026-07-01',
    });
    expect(confirmationDate(CASE, done)).toBe('2026-06-01');
    expect(check(done, { kind: 'thought-report', date: '2026-07-02' })?.rule).toBe('案例已结束');
  });

  it('取消资格 ends the case and needs a reason', () => {
    expect(check(activist(), { kind: 'cancellation', date: '2024-10-01' })).not.toBeNull();
    const cancelled = [...activist(), step('cancellation', '2024-10-01', { content: '本人撤回申请' })];
    expect(evaluateCase(CASE, cancelled, '2024-10-02')).toMatchObject({ cancelled: true, ended: true });
  });
});

describe('入党申请人', () => {
  const idOf = (birth: string) => {
    const first17 = `110101${birth.replaceAll('-', '')}123`;
    return first17 + idCheckCharacter(first17);
  };
  const input = (birth: string, applicationDate: string) => ({
    name: '赵六',
    idNumber: idOf(birth),
    branchId: 'b1',
    applicationDate,
  });

  it('is 18 on the 18th birthday, not the day before', () => {
    const young = checkApplicant(input('2006-03-10', '2024-03-09'), '2024-04-01');
    expect(young).toMatchObject({ ok: false, field: 'applicationDate' });
    expect(young.ok ? '' : young.message).toContain('2024年3月10日');
    expect(checkApplicant(input('2006-03-10', '2024-03-10'), '2024-04-01')).toMatchObject({
      ok: true,
      fields: { gender: '男', birthDate: '2006-03-10' },
    });
  });

  it('a wrong ID number is refused with the roster check', () => {
    const bad = { ...input('1990-01-01', '2024-01-01'), idNumber: '110101199001011230' };
    expect(checkApplicant(bad, '2024-04-01')).toMatchObject({ ok: false, field: 'idNumber' });
  });
});
