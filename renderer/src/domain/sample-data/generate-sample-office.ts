import type { Activity, ActivityType, Attendance } from '../entities/activity';
import type { BudgetLine, Spending } from '../entities/budget';
import type { Courseware } from '../entities/courseware';
import type { PlanItem } from '../entities/education-plan';
import type { Lecturer } from '../entities/lecturer';
import type { IsoDate } from '../entities/dates';
import type { ContactLog, Member, MemberEvent } from '../entities/member';
import type { OrgUnit, Post, PostTitle } from '../entities/organisation';
import { addDays, addMonths, dateOf } from '../rules/date-math';
import { ACTIVITY_TYPE_IDS, defaultActivityTypeRecords } from '../rules/default-activity-types';
import { selectExpectedAttendees, sortForSheet } from '../rules/expected-attendees';
import type { ExpectedScope } from '../rules/expected-attendees';
import { themedDayTopic } from './month-themes';
import { LECTURE_TOPICS, OUTSIDE_LECTURERS, PLACES } from './names';
import { Prng } from './prng';
import { expectedRow, walkInRow } from './sample-attendance';
import type { AttendanceContext } from './sample-attendance';
import { generateSampleMember, samplePersonName } from './sample-members';
import type { SpendableActivity } from './sample-resources';
import { sampleBudget, sampleCourseware, sampleLecturers, samplePlan } from './sample-resources';
import type { Behaviour, SampleMember } from './sample-members';

export interface SampleOfficeOptions {
  seed: number;
  memberCount: number;
  /** Years of history ending on `endDate`. */
  years: number;
  endDate: IsoDate;
  /** Default: about 25 members a branch, 4 to 50 branches. */
  branchCount?: number;
  /**
   * 'full' follows every frequency rule (支部委员会、主题党日、党小组会 monthly …): about 35 lines of
   * attendance per member-year. 'core' holds only 支部党员大会 and 党课 quarterly plus the yearly
   * 组织生活会 and 民主评议: about 10 per member-year (10,000 members × 10 years ≈ 1,000,000 rows).
   */
  schedule?: 'full' | 'core';
  /** Rows per yielded batch. */
  batchSize?: number;
}

export interface SampleRows {
  activityTypes: ActivityType;
  orgUnits: OrgUnit;
  members: Member;
  posts: Post;
  memberEvents: MemberEvent;
  contactLogs: ContactLog;
  activities: Activity;
  attendance: Attendance;
  lecturers: Lecturer;
  courseware: Courseware;
  planItems: PlanItem;
  budgetLines: BudgetLine;
  spendings: Spending;
}
export type SampleTable = keyof SampleRows;
export const SAMPLE_TABLES: readonly SampleTable[] = [
  'activityTypes',
  'orgUnits',
  'members',
  'posts',
  'memberEvents',
  'contactLogs',
  'activities',
  'attendance',
  'lecturers',
  'courseware',
  'planItems',
  'budgetLines',
  'spendings',
];
export type SampleBatch = { [K in SampleTable]: { table: K; rows: SampleRows[K][] } }[SampleTable];

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? '')}`;
}

function timestampOf(date: IsoDate, hour = 1): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

class Buffers {
  private readonly rows = new Map<SampleTable, unknown[]>();

  constructor(private readonly size: number) {}

  push<K extends SampleTable>(table: K, ...rows: SampleRows[K][]): void {
    const list = this.rows.get(table) ?? [];
    list.push(...rows);
    this.rows.set(table, list);
  }

  /** Batches that are full (or all of them at the end). */
  *drain(all: boolean): Generator<SampleBatch> {
    for (const table of SAMPLE_TABLES) {
      const list = this.rows.get(table);
      if (list === undefined || list.length === 0 || (!all && list.length < this.size)) continue;
      this.rows.set(table, []);
      for (let start = 0; start < list.length; start += this.size) {
        yield { table, rows: list.slice(start, start + this.size) } as SampleBatch;
      }
    }
  }
}

interface UnitInfo {
  unit: OrgUnit;
  secretary?: SampleMember;
  committee: SampleMember[];
  leader?: SampleMember;
  themedDay: number;
}

interface Plan {
  typeId: string;
  title: string;
  orgUnitId: string;
  date: IsoDate;
  startTime: string;
  scope: ExpectedScope;
  host: SampleMember | undefined;
  recorder: SampleMember | undefined;
  lecturer?: SampleMember | string;
  form: string;
  content: string;
  /** Only these members (committee meetings). */
  onlyIds?: string[];
  /** Types the meeting is also held as (a 主题党日 with a 党员大会 or 党课). */
  combinedTypeIds?: string[];
  walkIns: boolean;
  minutes: boolean;
}

const GENERAL_MEETING_TOPICS = [
  '研究部署年度工作计划',
  '讨论预备党员转正及发展党员工作',
  '传达学习上级会议精神',
  '总结全年工作，研究明年工作思路',
];

/**
 * A whole demo community, deterministic from the seed: organisation, members, posts, status history,
 * contact logs, the built-in activity types and years of activities with attendance. Yields batches per
 * table and keeps only the small member list in memory, so it scales to 10,000 members × 10 years.
 */
export function* generateSampleOffice(options: SampleOfficeOptions): Generator<SampleBatch, void, undefined> {
  const prng = new Prng(options.seed);
  const { endDate, memberCount } = options;
  const batchSize = options.batchSize ?? 2000;
  const schedule = options.schedule ?? 'full';
  const buffers = new Buffers(batchSize);
  const rangeStart = addDays(addMonths(endDate, -12 * options.years), 1);
  const setupStamp = timestampOf(addDays(rangeStart, -30));

  buffers.push('activityTypes', ...defaultActivityTypeRecords());

  // Organisation: 党委 → 党支部 → 党小组.
  const committee: OrgUnit = {
    id: prng.uuid(),
    createdAt: setupStamp,
    updatedAt: setupStamp,
    kind: 'committee',
    name: '中共幸福社区委员会',
    order: 1,
  };
  buffers.push('orgUnits', committee);
  const branchCount = options.branchCount ?? Math.min(50, Math.max(4, Math.round(memberCount / 25)));
  // The last branch is a small one (5 members, no 支部委员会, 支部工作条例 art. 8) when there are enough
  // members for it: it holds no 支委会 and combines its 党员大会 and 党课 with the 主题党日.
  const smallIndex = branchCount >= 4 && memberCount >= branchCount * 12 ? branchCount : 0;
  const branches: UnitInfo[] = [];
  const groups: UnitInfo[] = [];
  const groupsOf = new Map<string, UnitInfo[]>();
  for (let b = 1; b <= branchCount; b += 1) {
    const branch: OrgUnit = {
      id: prng.uuid(),
      createdAt: setupStamp,
      updatedAt: setupStamp,
      kind: 'branch',
      name: `第${chineseNumber(b)}党支部`,
      parentId: committee.id,
      order: b,
    };
    const info: UnitInfo = { unit: branch, committee: [], themedDay: prng.int(8, 20) };
    branches.push(info);
    buffers.push('orgUnits', branch);
    const own: UnitInfo[] = [];
    const groupCount = b === smallIndex ? 0 : prng.int(2, 3);
    for (let g = 1; g <= groupCount; g += 1) {
      const group: OrgUnit = {
        id: prng.uuid(),
        createdAt: setupStamp,
        updatedAt: setupStamp,
        kind: 'group',
        name: `第${chineseNumber(g)}党小组`,
        parentId: branch.id,
        order: g,
      };
      const groupInfo: UnitInfo = { unit: group, committee: [], themedDay: info.themedDay };
      own.push(groupInfo);
      groups.push(groupInfo);
      buffers.push('orgUnits', group);
    }
    groupsOf.set(branch.id, own);
  }
  const unitOrder = new Map<string, number>();
  branches.forEach((info, index) => {
    unitOrder.set(info.unit.id, index * 100);
    (groupsOf.get(info.unit.id) ?? []).forEach((group, g) => unitOrder.set(group.unit.id, index * 100 + g + 1));
  });

  // Members, with the special cases every page should have something to show for.
  const specialCount = (share: number, minimum: number) => Math.max(minimum, Math.round(memberCount * share));
  const behaviours: Behaviour[] = [];
  const push = (behaviour: Behaviour, count: number) => {
    for (let i = 0; i < count; i += 1) behaviours.push(behaviour);
  };
  push('floating', specialCount(0.1, 1));
  push('chronic', specialCount(0.025, 2));
  push('lost', specialCount(0.012, 1));
  push('stopped', specialCount(0.012, 1));
  const probationaryCount = specialCount(0.05, 3);
  let probationaryMade = 0;
  let smallMembers = 0;
  let homeStudyMade = false;
  const small = branches[smallIndex - 1];
  const largeCount = small === undefined ? branchCount : branchCount - 1;
  const members: SampleMember[] = [];
  const usedIds = new Set<string>();
  for (let index = 0; index < memberCount; index += 1) {
    let branch = branches[index % branchCount];
    if (branch !== undefined && branch === small) {
      if (smallMembers < SMALL_BRANCH_SIZE) smallMembers += 1;
      else branch = branches[index % largeCount];
    }
    if (branch === undefined) throw new Error('no branch');
    const own = groupsOf.get(branch.unit.id) ?? [];
    const group = own.length === 0 ? undefined : prng.pick(own);
    // Spread the special cases over the branches instead of piling them in the first.
    const special = index % 3 === 1 && branch !== small ? behaviours.pop() : undefined;
    const behaviour = special ?? 'regular';
    const probationary = behaviour === 'regular' && index % 17 === 5 && probationaryMade < probationaryCount;
    if (probationary) probationaryMade += 1;
    const generated = generateSampleMember(
      prng,
      {
        index,
        branchId: branch.unit.id,
        groupId: group?.unit.id,
        behaviour,
        probationary,
        endDate,
        timestamp: setupStamp,
      },
      usedIds,
    );
    // 条例 art. 23: the first long-absent member is an elderly or ill one the branch brings study to.
    if (behaviour === 'chronic' && !homeStudyMade) {
      homeStudyMade = true;
      generated.member.homeStudy = {
        reason: generated.sample.age >= 70 ? '年老体弱' : '身患重病',
        since: generated.sample.absentFrom ?? addMonths(endDate, -6),
        note: '行动不便，由支部定期送学上门',
      };
    }
    members.push(generated.sample);
    buffers.push('members', generated.member);
    buffers.push('memberEvents', ...generated.events);
    buffers.push('contactLogs', ...generated.contactLogs);
    yield* buffers.drain(false);
  }

  // Posts: each branch a 书记 and committee members, each group a 党小组长, the 党委 from the secretaries.
  const postStart = addDays(rangeStart, -prng.int(60, 400));
  const addPost = (unit: OrgUnit, member: SampleMember, title: PostTitle) =>
    buffers.push('posts', {
      id: prng.uuid(),
      createdAt: setupStamp,
      updatedAt: setupStamp,
      orgUnitId: unit.id,
      memberId: member.id,
      title,
      startDate: postStart,
    });
  const reliable = (m: SampleMember) =>
    m.behaviour === 'regular' && m.category === '正式党员' && m.age >= 30 && m.age <= 72;
  const taken = new Set<string>();
  for (const info of branches) {
    const own = members.filter((m) => m.branchId === info.unit.id);
    const candidates =
      info === small
        ? [...own.filter(reliable), ...own.filter((m) => !reliable(m) && m.category === '正式党员')]
        : own.filter(reliable);
    // A branch without a committee has a 书记 only.
    const titles: PostTitle[] = info === small ? ['书记'] : ['书记', '组织委员', '宣传委员', '纪检委员'];
    titles.forEach((title, index) => {
      const member = candidates[index];
      if (member === undefined) return;
      taken.add(member.id);
      if (title === '书记') info.secretary = member;
      info.committee.push(member);
      addPost(info.unit, member, title);
    });
    for (const group of groupsOf.get(info.unit.id) ?? []) {
      const free = members.filter((m) => m.groupId === group.unit.id && !taken.has(m.id));
      const leader = free.find(reliable) ?? free.find((m) => m.behaviour === 'regular');
      if (leader === undefined) continue;
      taken.add(leader.id);
      group.leader = leader;
      addPost(group.unit, leader, '党小组长');
    }
  }
  const committeeTitles: PostTitle[] = ['书记', '副书记', '委员', '委员', '委员'];
  branches.slice(0, committeeTitles.length).forEach((info, index) => {
    const title = committeeTitles[index];
    if (info.secretary !== undefined && title !== undefined) addPost(committee, info.secretary, title);
  });
  const committeeInfo: UnitInfo = {
    unit: committee,
    committee: branches.flatMap((info) => (info.secretary === undefined ? [] : [info.secretary])),
    themedDay: 1,
    ...(branches[0]?.secretary === undefined ? {} : { secretary: branches[0].secretary }),
  };
  yield* buffers.drain(false);

  // The lecturer pool (师资库): the outside lecturers the activities name, and the first secretary.
  // A stream of its own, so adding resources leaves every other sample id as it was.
  const resourcePrng = new Prng(options.seed ^ 0x5eed);
  const lecturers = sampleLecturers(resourcePrng, setupStamp, branches[0]?.secretary);
  buffers.push('lecturers', ...lecturers);
  const lecturerIds = new Map<string, string>();
  OUTSIDE_LECTURERS.forEach((label, index) => {
    const lecturer = lecturers[index];
    if (lecturer !== undefined) lecturerIds.set(label, lecturer.id);
  });
  for (const lecturer of lecturers)
    if (lecturer.memberId !== undefined) lecturerIds.set(lecturer.memberId, lecturer.id);
  const endYear = Number(endDate.slice(0, 4));
  const spendable: SpendableActivity[] = [];
  const spendableTypes: string[] = [
    ACTIVITY_TYPE_IDS.lecture,
    ACTIVITY_TYPE_IDS.fieldVisit,
    ACTIVITY_TYPE_IDS.training,
  ];

  // Activities month by month, per the types' frequency rules, plus a few planned ones ahead.
  const planUntil = addDays(endDate, 30);
  const firstMonth = rangeStart.slice(0, 7);
  const lastMonth = planUntil.slice(0, 7);
  const hoursOf = new Map(defaultActivityTypeRecords().map((type) => [type.id, type.defaultHours]));
  const nameOf = new Map(defaultActivityTypeRecords().map((type) => [type.id, type.name]));
  const endMonthIndex = endYear * 12 + Number(endDate.slice(5, 7));
  let month = `${firstMonth}-01`;
  while (month.slice(0, 7) <= lastMonth) {
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const monthsAgo = endMonthIndex - (year * 12 + m);
    const plans: Plan[] = [];
    for (const info of branches) {
      const branchScope: ExpectedScope = { kind: 'branches', orgUnitIds: [info.unit.id] };
      const secretary = info.secretary;
      const recorder = info.committee[1] ?? secretary;
      const base = { orgUnitId: info.unit.id, scope: branchScope, host: secretary, recorder };
      if (info === small) {
        plans.push(...smallBranchPlans(prng, base, year, m, info.themedDay, secretary));
        continue;
      }
      if ([3, 6, 9, 12].includes(m)) {
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.generalMeeting,
          title: `支部党员大会：${GENERAL_MEETING_TOPICS[Math.floor((m - 1) / 3)] ?? ''}`,
          date: dateOf(year, m, prng.int(20, 26)),
          startTime: '14:30',
          form: '会议',
          content: '一、传达学习上级精神\n二、审议支部工作\n三、讨论表决有关事项',
          walkIns: false,
          minutes: true,
        });
      }
      if ([2, 5, 8, 11].includes(m)) {
        // 书记 gives at least one 党课 a year (支部工作条例 art. 16).
        const bySecretary = m === 5 || secretary === undefined ? secretary : undefined;
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.partyLesson,
          title: `党课：${prng.pick(LECTURE_TOPICS)}`,
          date: dateOf(year, m, prng.int(12, 18)),
          startTime: '09:00',
          lecturer: bySecretary ?? prng.pick(OUTSIDE_LECTURERS),
          form: '集中学习',
          content: '主讲人授课，党员交流学习体会。',
          walkIns: true,
          minutes: false,
        });
      }
      if (m === 12) {
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.lifeMeeting,
          title: `${year}年度组织生活会`,
          date: dateOf(year, m, prng.int(10, 16)),
          startTime: '14:30',
          form: '会议',
          content: '一、通报支部班子对照检查情况\n二、党员开展批评和自我批评\n三、明确整改措施',
          walkIns: false,
          minutes: true,
        });
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.democraticReview,
          title: `${year}年度民主评议党员`,
          date: dateOf(year, m, prng.int(17, 23)),
          startTime: '14:30',
          form: '会议',
          content: '个人自评、党员互评、民主测评。',
          walkIns: false,
          minutes: true,
        });
      }
      if (schedule === 'full' && !skipsMeeting(info, branches, 'committee', monthsAgo)) {
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.committeeMeeting,
          title: `支部委员会会议（${m}月）`,
          date: dateOf(year, m, prng.int(3, 6)),
          startTime: '15:00',
          onlyIds: info.committee.map((c) => c.id),
          form: '会议',
          content: '研究本月工作安排。',
          walkIns: false,
          minutes: true,
        });
      }
      if (schedule === 'full') {
        plans.push({
          ...base,
          typeId: ACTIVITY_TYPE_IDS.themedPartyDay,
          title: `主题党日：${themedDayTopic(m, info.unit.order)}`,
          date: dateOf(year, m, info.themedDay),
          startTime: '09:00',
          form: '实践活动',
          content: '集中学习后开展主题实践活动。',
          walkIns: true,
          minutes: false,
        });
      }
    }
    if (schedule === 'full') {
      for (const group of groups) {
        const branch = branches.find((info) => info.unit.id === group.unit.parentId);
        if (branch !== undefined && skipsMeeting(branch, branches, 'group', monthsAgo, group.unit.order)) continue;
        plans.push({
          typeId: ACTIVITY_TYPE_IDS.groupMeeting,
          title: `党小组会（${m}月）`,
          orgUnitId: group.unit.id,
          scope: { kind: 'groups', orgUnitIds: [group.unit.id] },
          host: group.leader,
          recorder: group.leader,
          date: dateOf(year, m, prng.int(7, 11)),
          startTime: '19:00',
          form: '集中学习',
          content: '学习文件，交流思想。',
          walkIns: false,
          minutes: true,
        });
      }
      const committeeEvents: Record<number, [string, string, string]> = {
        3: [ACTIVITY_TYPE_IDS.volunteer, '学雷锋志愿服务活动', '实践活动'],
        6: [ACTIVITY_TYPE_IDS.lecture, '专题讲座：基层党建与社区治理', '专题讲座'],
        9: [ACTIVITY_TYPE_IDS.fieldVisit, '红色教育基地实地考察', '实地考察'],
      };
      const event = committeeEvents[m];
      if (event !== undefined) {
        plans.push({
          typeId: event[0],
          title: event[1],
          orgUnitId: committee.id,
          scope: { kind: 'all' },
          host: committeeInfo.secretary,
          recorder: committeeInfo.committee[1],
          date: dateOf(year, m, prng.int(22, 27)),
          startTime: '09:00',
          ...(event[0] === ACTIVITY_TYPE_IDS.lecture ? { lecturer: prng.pick(OUTSIDE_LECTURERS) } : {}),
          form: event[2],
          content: event[1],
          walkIns: true,
          minutes: false,
        });
      }
      if (m === 11) {
        plans.push({
          typeId: ACTIVITY_TYPE_IDS.training,
          title: `${year}年度党员骨干集中轮训`,
          orgUnitId: committee.id,
          scope: { kind: 'none' },
          onlyIds: [...taken],
          host: committeeInfo.secretary,
          recorder: committeeInfo.committee[1],
          date: dateOf(year, m, prng.int(20, 25)),
          startTime: '09:00',
          lecturer: prng.pick(OUTSIDE_LECTURERS),
          form: '集中轮训',
          content: '全天集中培训。',
          walkIns: false,
          minutes: false,
        });
      }
    }
    for (const plan of plans) {
      if (plan.date < rangeStart || plan.date > planUntil) continue;
      const activity = emitActivity(prng, buffers, plan, {
        members,
        unitOrder,
        endDate,
        hours: hoursOf.get(plan.typeId) ?? 1,
        typeName: nameOf.get(plan.typeId) ?? '',
        ...(plan.combinedTypeIds === undefined ? {} : { combinedTypeIds: plan.combinedTypeIds }),
        lecturerIds,
      });
      if (
        activity.status === 'held' &&
        spendableTypes.includes(activity.typeId) &&
        activity.date.startsWith(String(endYear))
      ) {
        spendable.push({ id: activity.id, date: activity.date, title: activity.title });
      }
      yield* buffers.drain(false);
    }
    month = addMonths(month, 1);
  }
  buffers.push('courseware', ...sampleCourseware(resourcePrng, setupStamp));
  buffers.push('planItems', ...samplePlan(resourcePrng, endYear, setupStamp, lecturers));
  const budget = sampleBudget(resourcePrng, endYear, setupStamp, spendable);
  buffers.push('budgetLines', ...budget.lines);
  buffers.push('spendings', ...budget.spendings);
  yield* buffers.drain(true);
}

const SMALL_BRANCH_SIZE = 5;

/**
 * Two branches fall behind on 三会一课 in the last half-year, so the overview and the yearly check have
 * something true to show: the second branch skipped three monthly 支委会 (支部工作条例 art. 12), the
 * third's groups skipped 党小组会 (art. 13) in three months.
 */
function skipsMeeting(
  info: UnitInfo,
  branches: readonly UnitInfo[],
  kind: 'committee' | 'group',
  monthsAgo: number,
  groupOrder = 1,
): boolean {
  const index = branches.indexOf(info);
  if (kind === 'committee') return index === 1 && [1, 3, 4].includes(monthsAgo);
  return index === 2 && (groupOrder === 1 ? [2, 3, 5] : [3]).includes(monthsAgo);
}

/**
 * A small branch's year: a monthly 主题党日 that is also its 支部党员大会 in the last month of each quarter
 * and its 党课 in the middle month (the 书记 lecturing in May), plus the yearly 组织生活会 and 民主评议.
 * No 支委会: it has no committee (支部工作条例 art. 8).
 */
function smallBranchPlans(
  prng: Prng,
  base: Pick<Plan, 'orgUnitId' | 'scope' | 'host' | 'recorder'>,
  year: number,
  m: number,
  themedDay: number,
  secretary: SampleMember | undefined,
): Plan[] {
  const assembly = [3, 6, 9, 12].includes(m);
  const lesson = [2, 5, 8, 11].includes(m);
  const combinedTypeIds = assembly
    ? [ACTIVITY_TYPE_IDS.generalMeeting]
    : lesson
      ? [ACTIVITY_TYPE_IDS.partyLesson]
      : undefined;
  const plans: Plan[] = [
    {
      ...base,
      typeId: ACTIVITY_TYPE_IDS.themedPartyDay,
      ...(combinedTypeIds === undefined ? {} : { combinedTypeIds }),
      title: assembly
        ? `主题党日暨支部党员大会：${GENERAL_MEETING_TOPICS[Math.floor((m - 1) / 3)] ?? ''}`
        : lesson
          ? `主题党日暨党课：${prng.pick(LECTURE_TOPICS)}`
          : `主题党日：${themedDayTopic(m, 0)}`,
      date: dateOf(year, m, themedDay),
      startTime: '09:00',
      ...(lesson ? { lecturer: m === 5 && secretary !== undefined ? secretary : prng.pick(OUTSIDE_LECTURERS) } : {}),
      form: lesson ? '集中学习' : '实践活动',
      content: '集中学习后开展主题实践活动。',
      walkIns: true,
      minutes: assembly,
    },
  ];
  if ([1, 4, 7, 10].includes(m)) {
    // Few meetings mean few hours: the small branch adds a study session in each quarter's first month.
    plans.push({
      ...base,
      typeId: ACTIVITY_TYPE_IDS.caseStudy,
      title: '集中学习：廉政警示教育案例分析',
      date: dateOf(year, m, Math.min(28, themedDay + 7)),
      startTime: '14:30',
      form: '集中学习',
      content: '观看警示教育片，结合典型案例交流讨论。',
      walkIns: false,
      minutes: false,
    });
  }
  if (m === 12) {
    plans.push(
      {
        ...base,
        typeId: ACTIVITY_TYPE_IDS.lifeMeeting,
        title: `${year}年度组织生活会`,
        date: dateOf(year, m, prng.int(10, 16)),
        startTime: '14:30',
        form: '会议',
        content: '党员开展批评和自我批评。',
        walkIns: false,
        minutes: true,
      },
      {
        ...base,
        typeId: ACTIVITY_TYPE_IDS.democraticReview,
        title: `${year}年度民主评议党员`,
        date: dateOf(year, m, prng.int(17, 23)),
        startTime: '14:30',
        form: '会议',
        content: '个人自评、党员互评、民主测评。',
        walkIns: false,
        minutes: true,
      },
    );
  }
  return plans;
}

function endTimeOf(start: string, hours: number): string {
  const [h = 0, min = 0] = start.split(':').map(Number);
  // A full training day has a lunch break: 8 学时 run 09:00–17:00.
  const total = Math.min(h * 60 + min + Math.max(1, hours) * 60, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

interface EmitContext {
  members: SampleMember[];
  unitOrder: Map<string, number>;
  endDate: IsoDate;
  hours: number;
  typeName: string;
  /** 师资库 ids by the lecturer's label (outside lecturers) or member id. */
  lecturerIds: Map<string, string>;
  combinedTypeIds?: string[];
}

function emitActivity(prng: Prng, buffers: Buffers, plan: Plan, context: EmitContext): Activity {
  const held = plan.date <= context.endDate;
  const cancelled = held && prng.chance(0.015);
  const status: Activity['status'] = cancelled ? 'cancelled' : held ? 'held' : 'planned';
  const stamp = timestampOf(addDays(plan.date, -7));
  const doneStamp = held ? timestampOf(addDays(plan.date, 1), 2) : stamp;
  const id = prng.uuid();
  const only = plan.onlyIds === undefined ? [] : plan.onlyIds;
  const expected = sortForSheet(
    selectExpectedAttendees(context.members, { scope: plan.scope, individualIds: only, onDate: plan.date }),
    'group',
    context.unitOrder,
  );
  const attendanceContext: AttendanceContext = {
    activityId: id,
    date: plan.date,
    hours: context.hours,
    held: status === 'held',
    timestamp: doneStamp,
  };
  const rows = expected.map((member, index) => expectedRow(prng, attendanceContext, member, index + 1));
  if (plan.walkIns && status === 'held') {
    let order = rows.length;
    if (prng.chance(0.4)) {
      const gender = prng.chance(0.5) ? '男' : '女';
      order += 1;
      rows.push(
        walkInRow(
          prng,
          attendanceContext,
          { name: samplePersonName(prng, gender).name, category: prng.pick(['activist', 'resident'] as const) },
          order,
        ),
      );
    }
    if (plan.scope.kind === 'branches' && prng.chance(0.2)) {
      const expectedIds = new Set(expected.map((m) => m.id));
      const visitor = prng.pick(context.members);
      if (!expectedIds.has(visitor.id) && visitor.partyStanding === '正常' && visitor.absentFrom === undefined) {
        order += 1;
        rows.push(
          walkInRow(
            prng,
            attendanceContext,
            { name: visitor.name, category: 'member', member: visitor, reason: '外支部党员随堂参加' },
            order,
          ),
        );
      }
    }
  }
  const hostRef = plan.host;
  const lecturer = plan.lecturer;
  const lecturerId =
    lecturer === undefined ? undefined : context.lecturerIds.get(typeof lecturer === 'string' ? lecturer : lecturer.id);
  const counts = {
    expected: expected.length,
    attended: rows.filter((r) => r.status === 'present' || r.status === 'late').length,
  };
  const activity: Activity = {
    id,
    createdAt: stamp,
    updatedAt: doneStamp,
    typeId: plan.typeId,
    ...(context.combinedTypeIds === undefined ? {} : { combinedTypeIds: context.combinedTypeIds }),
    title: plan.title,
    orgUnitIds: [plan.orgUnitId],
    date: plan.date,
    startTime: plan.startTime,
    endTime: endTimeOf(plan.startTime, context.hours),
    place: prng.pick(PLACES),
    ...(hostRef === undefined ? {} : { hostName: hostRef.name, hostMemberId: hostRef.id }),
    ...(plan.recorder === undefined ? {} : { recorderName: plan.recorder.name, recorderMemberId: plan.recorder.id }),
    ...(lecturer === undefined
      ? {}
      : typeof lecturer === 'string'
        ? { lecturerName: lecturer }
        : { lecturerName: lecturer.name, lecturerMemberId: lecturer.id }),
    ...(lecturerId === undefined ? {} : { lecturerId }),
    form: plan.form,
    content: plan.content,
    hours: context.hours,
    materialFileIds: [],
    status,
    expectedFrozenAt: stamp,
    ...(plan.minutes && status === 'held'
      ? {
          minutes: {
            topics: plan.content,
            speechPoints: `应到 ${counts.expected} 人，实到 ${counts.attended} 人。${hostRef?.name ?? '主持人'}传达有关精神，与会党员结合实际逐一发言。`,
            resolutions:
              plan.typeId === ACTIVITY_TYPE_IDS.committeeMeeting
                ? '会议研究确定了本月工作安排。'
                : '与会党员一致同意。',
            nonVotingAttendees: '',
            updatedAt: doneStamp,
          },
        }
      : {}),
  };
  buffers.push('activities', activity);
  buffers.push('attendance', ...rows);
  return activity;
}
