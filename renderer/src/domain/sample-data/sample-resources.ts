import type { BudgetLine, Spending } from '../entities/budget';
import type { Courseware } from '../entities/courseware';
import type { IsoDate } from '../entities/dates';
import type { PlanItem } from '../entities/education-plan';
import type { Lecturer } from '../entities/lecturer';
import { ACTIVITY_TYPE_IDS } from '../rules/default-activity-types';
import { OUTSIDE_LECTURERS } from './names';
import type { Prng } from './prng';

/** The lecturers the sample activities name, so their lesson history shows in 师资库. */
const OUTSIDE_DETAILS: Record<
  (typeof OUTSIDE_LECTURERS)[number],
  Pick<Lecturer, 'title' | 'subjects' | 'audiences'>
> = {
  '区委党校 王教授': { title: '教授', subjects: ['党的理论', '党史'], audiences: ['young', 'all'] },
  '街道党工委 李书记': { title: '党工委书记', subjects: ['基层治理', '政策解读'], audiences: ['all'] },
  '区委宣讲团 陈老师': { title: '宣讲员', subjects: ['党史故事', '先进事迹'], audiences: ['elderly', 'floating'] },
  '市委党校 赵老师': { title: '讲师', subjects: ['法规', '廉政教育'], audiences: ['young'] },
};

export function sampleLecturers(prng: Prng, stamp: string, secretary?: { id: string; name: string }): Lecturer[] {
  const lecturers: Lecturer[] = OUTSIDE_LECTURERS.map((label) => {
    const [unit = '', name = label] = label.split(' ');
    return { id: prng.uuid(), createdAt: stamp, updatedAt: stamp, name, unit, ...OUTSIDE_DETAILS[label] };
  });
  if (secretary !== undefined) {
    lecturers.push({
      id: prng.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      name: secretary.name,
      unit: '第一党支部',
      title: '支部书记',
      subjects: ['党章党规', '社区工作'],
      audiences: ['elderly', 'all'],
      memberId: secretary.id,
    });
  }
  lecturers.push({
    id: prng.uuid(),
    createdAt: stamp,
    updatedAt: stamp,
    name: '刘老师',
    unit: '幸福小学（退休）',
    title: '退休教师',
    subjects: ['党史故事', '家风家教'],
    audiences: ['elderly'],
    phone: '13800138000',
    note: '讲课通俗，适合给老年党员送学上门。',
  });
  return lecturers;
}

/** Metadata only: the sample ships no media files. */
export function sampleCourseware(prng: Prng, stamp: string): Courseware[] {
  const entries: Omit<Courseware, 'id' | 'createdAt' | 'updatedAt'>[] = [
    {
      title: '党史故事百讲（第一集）',
      kind: 'video',
      themes: ['党史'],
      audiences: ['elderly', 'all'],
      durationSeconds: 25 * 60,
      source: '共产党员网',
    },
    {
      title: '新修订《中国共产党纪律处分条例》解读',
      kind: 'video',
      themes: ['法规'],
      audiences: ['young', 'all'],
      durationSeconds: 48 * 60,
      source: '远程教育终端',
    },
    {
      title: '基层党组织工作条例微课',
      kind: 'audio',
      themes: ['理论', '政策'],
      audiences: ['floating', 'young'],
      durationSeconds: 15 * 60,
      source: '学习强国',
    },
    {
      title: '老党员讲初心（方言版）',
      kind: 'video',
      themes: ['党史', '先进事迹'],
      audiences: ['elderly'],
      durationSeconds: 32 * 60,
      source: '区委组织部',
    },
    { title: '党章学习读本', kind: 'pdf', themes: ['理论'], audiences: ['all'], source: '区委组织部' },
    { title: '智能手机使用技能培训', kind: 'slides', themes: ['技能'], audiences: ['elderly'], source: '社区自制' },
  ];
  return entries.map((entry) => ({ id: prng.uuid(), createdAt: stamp, updatedAt: stamp, ...entry }));
}

/** The end year's plan: some items carried out by the sample activities, some not (overdue or ahead). */
export function samplePlan(prng: Prng, year: number, stamp: string, lecturers: Lecturer[]): PlanItem[] {
  const byName = (name: string) => lecturers.find((lecturer) => lecturer.name === name);
  const rows: [number, string, string, string, string, string | undefined, number, number][] = [
    [2, ACTIVITY_TYPE_IDS.partyLesson, '党课', '学习党章，做合格党员', '全体党员', '王教授', 2, 50000],
    [4, ACTIVITY_TYPE_IDS.remote, '远程教育/观看课件', '观看党史专题片', '老年党员', undefined, 1, 0],
    [5, ACTIVITY_TYPE_IDS.partyLesson, '党课', '书记讲党课：社区治理中的党员作用', '全体党员', undefined, 2, 20000],
    [6, ACTIVITY_TYPE_IDS.lecture, '专题讲座', '基层党建与社区治理', '全体党员', '李书记', 4, 80000],
    [7, ACTIVITY_TYPE_IDS.remote, '远程教育/观看课件', '纪律处分条例解读', '青年党员', undefined, 1, 0],
    [8, ACTIVITY_TYPE_IDS.partyLesson, '党课', '党史故事分享', '老年党员', '陈老师', 2, 30000],
    [9, ACTIVITY_TYPE_IDS.fieldVisit, '实地考察', '红色教育基地参观', '全体党员', undefined, 4, 300000],
    [11, ACTIVITY_TYPE_IDS.training, '集中轮训', '党员骨干集中轮训', '支部委员、党小组长', '赵老师', 8, 150000],
  ];
  return rows.map(([month, activityTypeId, typeName, topic, targetGroup, lecturerName, hours, budgetFen]) => {
    const lecturer = lecturerName === undefined ? undefined : byName(lecturerName);
    return {
      id: prng.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      year,
      month,
      activityTypeId,
      typeName,
      topic,
      targetGroup,
      ...(lecturer === undefined ? {} : { lecturerId: lecturer.id, lecturerName: lecturer.name }),
      hours,
      budgetFen,
    };
  });
}

export interface SpendableActivity {
  id: string;
  date: IsoDate;
  title: string;
}

export function sampleBudget(
  prng: Prng,
  year: number,
  stamp: string,
  activities: SpendableActivity[],
): { lines: BudgetLine[]; spendings: Spending[] } {
  const lines: BudgetLine[] = [
    {
      id: prng.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      year,
      source: '财政专项',
      amountFen: 2_000_000,
      note: '区财政党员教育专项经费',
    },
    { id: prng.uuid(), createdAt: stamp, updatedAt: stamp, year, source: '党费返还', amountFen: 850_000 },
  ];
  const items = ['讲课费', '参观交通费', '学习资料费', '场地布置费'];
  const spendings: Spending[] = activities.slice(0, 4).map((activity, index) => ({
    id: prng.uuid(),
    createdAt: stamp,
    updatedAt: stamp,
    year,
    date: activity.date,
    item: `${items[index % items.length] ?? '其他'}（${activity.title}）`,
    amountFen: prng.int(300, 3000) * 100 + prng.int(0, 1) * 50,
    activityId: activity.id,
  }));
  spendings.push({
    id: prng.uuid(),
    createdAt: stamp,
    updatedAt: stamp,
    year,
    date: `${year}-01-15`,
    item: '购买《党章》学习读本 120 册',
    amountFen: 144_000,
  });
  return { lines, spendings };
}
