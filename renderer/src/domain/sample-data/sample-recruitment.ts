import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import type { RecruitmentCase, RecruitmentStep } from '../entities/recruitment';
import { addDays, addMonths } from '../rules/date-math';
import { isCountedMember } from '../rules/member-standing';
import type { Prng } from './prng';
import { idNumberFor, samplePersonName } from './sample-members';

function stamp(date: IsoDate): string {
  return `${date}T02:00:00.000Z`;
}

type StepSpec = [RecruitmentStep['kind'], IsoDate, Partial<RecruitmentStep>?];

/**
 * 发展党员 (细则 2014): four people at different steps — a new 申请人 already talked to, one whose talk
 * (within a month, art. 7) is due, an 积极分子 assessed every six months, and a 发展对象 trained and with
 * two 入党介绍人 — so the pipeline page and its reminders have something true to show.
 */
export function sampleRecruitment(prng: Prng, members: readonly Member[], endDate: IsoDate) {
  const cases: RecruitmentCase[] = [];
  const steps: RecruitmentStep[] = [];
  const branchIds = [...new Set(members.map((m) => m.branchId))];
  const fullOf = (branchId: string) =>
    members.filter(
      (m) => m.branchId === branchId && m.category === '正式党员' && isCountedMember(m) && m.homeStudy === undefined,
    );
  const plans: { applied: IsoDate; steps: (people: string[]) => StepSpec[] }[] = [
    { applied: addDays(endDate, -20), steps: () => [['talk', addDays(endDate, -12), { content: '支部书记谈话' }]] },
    { applied: addDays(endDate, -25), steps: () => [] },
    {
      applied: addMonths(endDate, -15),
      steps: (people) => {
        const decided = addMonths(endDate, -14);
        return [
          ['talk', addDays(addMonths(endDate, -15), 10), { content: '支部书记谈话' }],
          ['recommendation', addDays(decided, -10), { content: '党员推荐' }],
          ['activist-decision', decided, { content: '支委会研究确定为入党积极分子' }],
          ['contacts', addDays(decided, 5), { memberIds: people.slice(0, 2) }],
          ['assessment', addMonths(decided, 6), { content: '半年考察：表现良好' }],
          ['assessment', addMonths(decided, 12), { content: '半年考察：表现良好，建议列为发展对象' }],
        ];
      },
    },
    {
      applied: addMonths(endDate, -30),
      steps: (people) => {
        const decided = addMonths(endDate, -28);
        const candidate = addMonths(endDate, -3);
        return [
          ['talk', addDays(addMonths(endDate, -30), 15), { content: '支部书记谈话' }],
          ['recommendation', addDays(decided, -10), { content: '群团组织推优' }],
          ['activist-decision', decided, { content: '支委会研究确定为入党积极分子' }],
          ['contacts', addDays(decided, 5), { memberIds: people.slice(0, 2) }],
          ['assessment', addMonths(decided, 6), { content: '半年考察：表现良好' }],
          ['assessment', addMonths(decided, 12), { content: '半年考察：表现良好' }],
          ['assessment', addMonths(decided, 18), { content: '半年考察：表现良好' }],
          ['assessment', addMonths(decided, 24), { content: '半年考察：表现良好，建议列为发展对象' }],
          ['candidate-decision', candidate, { content: '支委会研究确定为发展对象' }],
          ['sponsors', addDays(candidate, 7), { memberIds: people.slice(0, 2) }],
          ['political-review', addDays(candidate, 30), { content: '政治审查合格' }],
          [
            'training',
            addDays(candidate, 45),
            { trainingDays: 3, trainingHours: 24, content: '街道党工委发展对象培训班' },
          ],
        ];
      },
    },
  ];
  plans.forEach((plan, index) => {
    const branchId = branchIds[index % Math.max(1, branchIds.length)];
    if (branchId === undefined) return;
    const people = fullOf(branchId).map((m) => m.id);
    const gender = prng.chance(0.5) ? '男' : '女';
    const person = samplePersonName(prng, gender);
    const birthDate = `${String(Number(endDate.slice(0, 4)) - prng.int(22, 38))}-0${String(prng.int(1, 9))}-1${String(prng.int(0, 9))}`;
    const id = prng.uuid();
    cases.push({
      id,
      createdAt: stamp(plan.applied),
      updatedAt: stamp(plan.applied),
      name: person.name,
      idNumber: idNumberFor('500103', birthDate, 900 + index, gender),
      gender,
      birthDate,
      education: prng.pick(['大学本科', '大学专科', '研究生'] as const),
      phone: `1${prng.pick(['3', '5', '8'])}${String(prng.int(0, 999_999_999)).padStart(9, '0')}`,
      workUnit: prng.pick(['幸福社区居委会', '区人民医院', '市第二中学', '个体经营']),
      branchId,
      applicationDate: plan.applied,
    });
    for (const [kind, date, extra] of plan.steps(people)) {
      steps.push({ id: prng.uuid(), createdAt: stamp(date), updatedAt: stamp(date), caseId: id, kind, date, ...extra });
    }
  });
  return { cases, steps };
}
