import type { InServiceMember, ServiceRecord } from '../entities/in-service';

/**
 * 在职党员 service hours (双报到; DOMAIN.md: yearly targets are local, e.g. 50 hours — a setting). Hours
 * count in the calendar year of the service date; tenths are summed as integers so 0.1 + 0.2 stays 0.3.
 */
export function serviceHoursByYear(
  records: readonly Pick<ServiceRecord, 'date' | 'hours' | 'deletedAt'>[],
): Map<number, number> {
  const tenths = new Map<number, number>();
  for (const record of records) {
    if (record.deletedAt !== undefined) continue;
    const year = Number(record.date.slice(0, 4));
    tenths.set(year, (tenths.get(year) ?? 0) + Math.round(record.hours * 10));
  }
  return new Map([...tenths].map(([year, value]) => [year, value / 10]));
}

export function serviceHoursIn(
  records: readonly Pick<ServiceRecord, 'date' | 'hours' | 'deletedAt'>[],
  from: string,
  to: string,
): number {
  let tenths = 0;
  for (const record of records) {
    if (record.deletedAt === undefined && record.date >= from && record.date <= to)
      tenths += Math.round(record.hours * 10);
  }
  return tenths / 10;
}

/** A service record before the member reported to the community, or in the future, is refused. */
export function serviceRecordProblem(
  person: Pick<InServiceMember, 'reportDate'>,
  date: string,
  today: string,
): string | null {
  if (date < person.reportDate) return `服务日期早于报到日期（${person.reportDate}），不能登记。`;
  if (date > today) return '服务日期晚于今天，不能登记。';
  return null;
}

export const feedbackPeriods = ['year', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type FeedbackPeriod = (typeof feedbackPeriods)[number];
export const feedbackPeriodLabels: Record<FeedbackPeriod, string> = {
  year: '全年',
  H1: '上半年',
  H2: '下半年',
  Q1: '第一季度',
  Q2: '第二季度',
  Q3: '第三季度',
  Q4: '第四季度',
};

/** The dates a feedback sheet covers (intervals are local practice: quarterly, half-yearly or yearly). */
export function feedbackPeriodRange(year: number, period: FeedbackPeriod): { from: string; to: string } {
  const ranges: Record<FeedbackPeriod, [string, string]> = {
    year: ['01-01', '12-31'],
    H1: ['01-01', '06-30'],
    H2: ['07-01', '12-31'],
    Q1: ['01-01', '03-31'],
    Q2: ['04-01', '06-30'],
    Q3: ['07-01', '09-30'],
    Q4: ['10-01', '12-31'],
  };
  const [from, to] = ranges[period];
  return { from: `${year}-${from}`, to: `${year}-${to}` };
}
