import type { LedgerDatabase } from '../../../renderer/src/db/database';
import { createActivity } from '../../../renderer/src/db/repositories/activity-repository';
import { loadYearlyCheck } from '../../../renderer/src/db/repositories/yearly-check-repository';
import { todayIso } from '../../../renderer/src/domain/entities/dates';
import type { CursorRangeSpec, PagePlan } from './bench-api';

/** The overview is ready when its to-do list no longer shows the spinner 正在检查预警. */
export const OVERVIEW_READY = '[data-testid="todo-list"]:not(:has([aria-label="正在检查预警"]))';

/** The rows loadComplianceSnapshot reads in bulk; its per-flagged-member reads come on top. */
function overviewRows(year: number): CursorRangeSpec[] {
  return [
    { store: 'members' },
    { store: 'activityTypes' },
    { store: 'orgUnits' },
    { store: 'activities', index: 'date', lower: `${year}-01-01`, upper: `${year}-12-31` },
    { store: 'studySummaries', index: 'year', only: year },
    { store: 'studySummaries', index: 'year', only: year - 1 },
    { store: 'thoughtReports' },
  ];
}

export function overviewPlan(): Promise<PagePlan> {
  const year = Number(todayIso().slice(0, 4));
  return Promise.resolve({
    hash: '#/',
    readySelector: OVERVIEW_READY,
    baseline: overviewRows(year),
    note: '基线为概览批量读取的行（党员、组织、活动类型、本年活动、今明两年学时汇总、思想汇报）；逐个预警党员的细查不在基线内',
  });
}

/** The rows loadYearlyCheck reads: members, the year's summaries and activities, the organisation. */
export function yearlyCheckRows(year: number): CursorRangeSpec[] {
  return [
    { store: 'members' },
    { store: 'activityTypes' },
    { store: 'orgUnits' },
    { store: 'activities', index: 'date', lower: `${year}-01-01`, upper: `${year}-12-31` },
    { store: 'studySummaries', index: 'year', only: year },
  ];
}

/** The yearly check's data for every branch, by the app's own repository function (its page is not there yet). */
export async function timeYearlyCheckData(db: LedgerDatabase): Promise<{ ms: number; branches: number }> {
  const today = todayIso();
  const start = performance.now();
  const data = await loadYearlyCheck(db, Number(today.slice(0, 4)), today);
  return { ms: performance.now() - start, branches: data.branches.length };
}

/** The yearly check: 统计考核 opens on its 年度考核 tab; ready when the branch table is shown. */
export function yearlyCheckPlan(): Promise<PagePlan> {
  const year = Number(todayIso().slice(0, 4));
  return Promise.resolve({
    hash: '#/statistics',
    readySelector: '[data-testid="check-table"]',
    baseline: yearlyCheckRows(year),
    note: '基线为 loadYearlyCheck 批量读取的行；图表（@mui/x-charts）在表格之后按需加载，不计入',
  });
}

const SIGN_IN_TITLE = '性能测试：全体党员集中轮训（签到表）';

/**
 * An activity with `attendees` expected members, made once by the app's own createActivity (copying
 * an existing held activity's details), and the plan to open its sign-in sheet preview.
 */
export async function signInPlan(db: LedgerDatabase, attendees: number): Promise<PagePlan> {
  let activity = (await db.activities.toArray()).find((one) => one.title === SIGN_IN_TITLE);
  if (activity === undefined) {
    const template = (await db.activities.where('date').below(todayIso()).reverse().limit(1).toArray())[0];
    if (template === undefined) throw new Error('库中没有活动可作样板');
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      deletedAt: _deletedAt,
      expectedFrozenAt: _frozen,
      minutes: _minutes,
      ...input
    } = template;
    const people = (await db.members.toArray())
      .filter((member) => member.deletedAt === undefined && member.membershipStatus === 'active')
      .slice(0, attendees);
    activity = await createActivity(
      db,
      { ...input, title: SIGN_IN_TITLE, status: 'planned', date: todayIso() },
      people,
    );
  }
  return {
    hash: `#/activities/${activity.id}/sheet`,
    readySelector: '[data-testid="sheet-page"]',
    baseline: [{ store: 'attendance', index: 'activityId', only: activity.id }],
    note: `活动「${SIGN_IN_TITLE}」，应到 ${attendees} 人（由 createActivity 建立一次，留在缓存的库中）`,
  };
}
