import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import { educationLevels, memberCategories, occupations } from '../entities/member';
import { partyAgeYears } from '../rules/party-age';

/** Counts of the roster by the breakdowns party statistics reports ask for (党内统计年报). */
export interface CountRow {
  label: string;
  count: number;
}

export interface StatisticsTable {
  key: string;
  title: string;
  rows: CountRow[];
  total: number;
}

/** Whole years from `from` to `on`. */
export function wholeYears(from: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  return on.slice(5) < from.slice(5) ? years - 1 : years;
}

const AGE_BANDS: { label: string; max: number }[] = [
  { label: '35岁及以下', max: 35 },
  { label: '36至45岁', max: 45 },
  { label: '46至55岁', max: 55 },
  { label: '56至60岁', max: 60 },
  { label: '61至70岁', max: 70 },
  { label: '71至80岁', max: 80 },
  { label: '81岁及以上', max: Number.POSITIVE_INFINITY },
];

const PARTY_AGE_BANDS: { label: string; max: number }[] = [
  { label: '不满5年', max: 4 },
  { label: '5至9年', max: 9 },
  { label: '10至19年', max: 19 },
  { label: '20至29年', max: 29 },
  { label: '30至49年', max: 49 },
  { label: '50年及以上', max: Number.POSITIVE_INFINITY },
];

const UNKNOWN = '未填写';
const NO_PARTY_AGE = '预备党员（无党龄）';

function band(value: number | undefined, bands: { label: string; max: number }[]): string {
  if (value === undefined || value < 0) return UNKNOWN;
  return bands.find((b) => value <= b.max)?.label ?? UNKNOWN;
}

function tally(key: string, title: string, labels: readonly string[], values: string[]): StatisticsTable {
  const counts = new Map<string, number>(labels.map((label) => [label, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rows = [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .filter((row) => row.count > 0 || row.label !== UNKNOWN);
  return { key, title, rows, total: values.length };
}

export function memberStatistics(members: readonly Member[], on: IsoDate): StatisticsTable[] {
  return [
    tally(
      'age',
      '年龄结构',
      [...AGE_BANDS.map((b) => b.label), UNKNOWN],
      members.map((m) => band(m.birthDate === undefined ? undefined : wholeYears(m.birthDate, on), AGE_BANDS)),
    ),
    tally(
      'education',
      '学历',
      [...educationLevels, UNKNOWN],
      members.map((m) => m.education ?? UNKNOWN),
    ),
    tally(
      'occupation',
      '工作岗位',
      [...occupations, UNKNOWN],
      members.map((m) => (m.occupation === undefined || m.occupation === '' ? UNKNOWN : m.occupation)),
    ),
    tally(
      'category',
      '人员类别',
      memberCategories,
      members.map((m) => m.category),
    ),
    tally(
      'floating',
      '流动党员',
      ['流动党员', '非流动党员'],
      members.map((m) => (m.floating ? '流动党员' : '非流动党员')),
    ),
    tally(
      'partyAge',
      '党龄',
      [...PARTY_AGE_BANDS.map((b) => b.label), NO_PARTY_AGE, UNKNOWN],
      // 党章 art. 7: 党龄 from the 转正 date; 预备党员 have none.
      members.map((m) =>
        m.category === '预备党员' ? NO_PARTY_AGE : band(partyAgeYears(m, on) ?? undefined, PARTY_AGE_BANDS),
      ),
    ),
  ];
}

/** Hours distribution for the chart: members by total 学时, in quarters of the target. */
export function hoursDistribution(hours: readonly number[], target: number): CountRow[] {
  const step = target > 0 ? target / 4 : 8;
  const labels = [
    '0 学时',
    ...[0, 1, 2, 3].map((i) => `${fmt(step * i)}–${fmt(step * (i + 1))} 学时`),
    `${fmt(step * 4)} 学时及以上`,
  ];
  const counts = labels.map(() => 0);
  for (const h of hours) {
    const index = h <= 0 ? 0 : h >= step * 4 ? 5 : 1 + Math.min(3, Math.floor(h / step));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return labels.map((label, i) => ({ label, count: counts[i] ?? 0 }));
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}
