import type { StreetWarningKind } from '../../domain/entities/street-summary';
import { STREET_WARNING_LABELS, streetWarningKinds } from '../../domain/entities/street-summary';
import type { CommunityRow } from '../../domain/rules/street-comparison';
import type { SheetTable } from '../../io/table-workbook';
import { percent } from '../statistics/format';

export const COMPARISON_HEADERS = [
  '名次',
  '社区',
  '党员数',
  '学时达标率',
  '三会一课完成率',
  '出勤率',
  '人均学时',
  '得分',
];

/** The ranking table, as shown, printed and exported (one source for all three). */
export function comparisonRows(rows: readonly CommunityRow[]): string[][] {
  return rows.map((row) => [
    String(row.rank),
    row.community,
    String(row.members),
    percent(row.hoursShare),
    `${percent(row.meetingRate)}（${row.meetingsHeldCounted}/${row.meetingsRequired}）`,
    percent(row.attendanceRate),
    row.averageHours === null ? '—' : row.averageHours.toFixed(1),
    row.score.toFixed(2),
  ]);
}

export const WARNING_HEADERS = ['社区', ...streetWarningKinds.map((kind) => STREET_WARNING_LABELS[kind])];

export function warningRows(rows: readonly CommunityRow[]): string[][] {
  return rows.map((row) => [
    row.community,
    ...streetWarningKinds.map((kind: StreetWarningKind) => String(row.warnings[kind])),
  ]);
}

export const MONTH_LABELS = Array.from({ length: 12 }, (_, month) => `${month + 1}月`);

/** Monthly attendance rate per community: the trend behind the chart. */
export function trendRows(rows: readonly CommunityRow[]): string[][] {
  return rows.map((row) => [row.community, ...row.monthlyAttendanceRate.map((rate) => percent(rate))]);
}

export function comparisonWorkbook(year: number, rows: readonly CommunityRow[]): SheetTable[] {
  return [
    {
      name: '考核排名',
      title: `${year}年度各社区党员教育考核排名`,
      columns: COMPARISON_HEADERS,
      rows: comparisonRows(rows),
    },
    { name: '预警', title: `${year}年度各社区预警情况`, columns: WARNING_HEADERS, rows: warningRows(rows) },
    {
      name: '月度出勤率',
      title: `${year}年度各社区月度出勤率`,
      columns: ['社区', ...MONTH_LABELS],
      rows: trendRows(rows),
    },
    {
      name: '月度活动次数',
      title: `${year}年度各社区每月举行的活动次数`,
      columns: ['社区', ...MONTH_LABELS],
      rows: rows.map((row) => [row.community, ...row.monthlyMeetingsHeld]),
    },
  ];
}
