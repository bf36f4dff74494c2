import type { LedgerDatabase } from '../../../renderer/src/db/database';
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
