import type { ActivityStatus } from '../entities/activity';
import type { IsoDate } from '../entities/dates';
import { addDays } from './date-math';

export interface ActivityProblems {
  /** Refused: the activity cannot be saved like this. */
  errors: Partial<Record<'date' | 'startTime' | 'endTime' | 'status' | 'hours' | 'orgUnitIds', string>>;
  /** Saved, but the user is told. */
  warnings: string[];
}

/** Checks an activity's date, times and status before saving (bad input per the issue: refuse or warn). */
export function checkActivity(
  input: {
    date: IsoDate;
    startTime?: string | undefined;
    endTime?: string | undefined;
    status: ActivityStatus;
    hours: number;
    orgUnitIds: readonly string[];
  },
  today: IsoDate,
): ActivityProblems {
  const problems: ActivityProblems = { errors: {}, warnings: [] };
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (input.startTime !== undefined && !clock.test(input.startTime))
    problems.errors.startTime = '时间应写作 24 小时制，如 14:30';
  if (input.endTime !== undefined && !clock.test(input.endTime))
    problems.errors.endTime = '时间应写作 24 小时制，如 14:30';
  if (
    problems.errors.startTime === undefined &&
    problems.errors.endTime === undefined &&
    input.startTime !== undefined &&
    input.endTime !== undefined &&
    input.endTime <= input.startTime
  ) {
    problems.errors.endTime = '结束时间应晚于开始时间';
  }
  if (input.status === 'held' && input.date > today) {
    problems.errors.status = '活动日期在今天之后，不能标为“已举行”；请先保存为“计划中”';
  }
  if (input.date > addDays(today, 366 * 2)) problems.errors.date = '日期在两年之后，请检查年份';
  if (input.date < '1921-07-01') problems.errors.date = '日期早于 1921 年，请检查年份';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) problems.errors.date = '请填写正确的日期（如 2013-05-28）';
  if (input.status === 'planned' && input.date < addDays(today, -30)) {
    problems.warnings.push('活动日期已过去一个多月，仍是“计划中”：如已举行，请改为“已举行”并录入考勤');
  }
  if (input.hours > 8) problems.warnings.push('学时超过 8（一整天的集中培训通常计 8 学时），请确认');
  if (input.orgUnitIds.length === 0) problems.errors.orgUnitIds = '请选择组织活动的支部或党小组';
  return problems;
}
