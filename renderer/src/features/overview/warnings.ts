import type { ComplianceSnapshot, MemberRef } from '../../db/repositories/compliance-repository';
import type { ArchiveSettings } from '../../domain/entities/archive-settings';
import { chineseDate } from '../../domain/rules/calendar';
import type { PeriodCheck } from '../../domain/rules/meeting-frequency';

/** One line of the overview's warnings, and the list it opens. */
export interface WarningLine {
  key: string;
  /** For tests and for grouping: which rule raised it. */
  kind:
    | 'meeting-pending'
    | 'meeting-missed'
    | 'life'
    | 'probation'
    | 'report'
    | 'pace'
    | 'floating'
    | 'recruitment'
    | 'dues'
    | 'correction'
    | 'fifty-years'
    | 'lapse-chain'
    | 'term';
  severity: 'error' | 'warning' | 'info';
  text: string;
  count: number;
  columns: string[];
  rows: { key: string; member?: MemberRef; cells: string[] }[];
}

const PERIOD_WORD = { month: '本月', quarter: '本季度', year: '本年度' } as const;

function meetingLines(checks: readonly PeriodCheck[]): WarningLine[] {
  const lines: WarningLine[] = [];
  const pending = new Map<string, PeriodCheck[]>();
  for (const check of checks.filter((c) => c.status === 'pending')) {
    const key = `${check.typeId}|${check.period.kind}`;
    pending.set(key, [...(pending.get(key) ?? []), check]);
  }
  for (const [key, group] of pending) {
    const first = group[0];
    if (first === undefined) continue;
    const word = PERIOD_WORD[first.period.kind];
    const unitWord = first.unitName.endsWith('小组') ? '个党小组' : '个党支部';
    lines.push({
      key: `pending-${key}`,
      kind: 'meeting-pending',
      severity: 'warning',
      text:
        group.length === 1
          ? `${first.unitName}${word}尚未召开${first.typeName}`
          : `${group.length} ${unitWord}${word}尚未召开${first.typeName}`,
      count: group.length,
      columns: ['组织', '活动类型', '期间', '应召开', '已召开'],
      rows: group.map((c) => ({
        key: `${c.unitId}-${c.typeId}`,
        cells: [
          c.unitName,
          c.typeName,
          `${c.period.label}（至${chineseDate(c.period.end)}）`,
          String(c.required),
          String(c.held),
        ],
      })),
    });
  }
  const missed = checks.filter((c) => c.status === 'missed');
  if (missed.length > 0) {
    lines.push({
      key: 'missed',
      kind: 'meeting-missed',
      severity: 'error',
      text: `本年度已有 ${missed.length} 次三会一课、主题党日未按期召开`,
      count: missed.length,
      columns: ['组织', '活动类型', '期间', '应召开', '已召开'],
      rows: missed.map((c) => ({
        key: `${c.unitId}-${c.typeId}-${c.period.index}`,
        cells: [c.unitName, c.typeName, c.period.label, String(c.required), String(c.held)],
      })),
    });
  }
  return lines;
}

function memberCells(member: MemberRef, ...rest: string[]): { key: string; member: MemberRef; cells: string[] } {
  return { key: member.id, member, cells: [member.name, member.branchName, ...rest] };
}

/** `leaveChecked`: whether the leave notes of the 组织生活 lists have been read (they come a moment later). */
export function buildWarnings(
  snapshot: ComplianceSnapshot,
  settings: ArchiveSettings,
  { leaveChecked = true }: { leaveChecked?: boolean } = {},
): WarningLine[] {
  const lines = meetingLines(snapshot.meetingChecks);
  const year = snapshot.year;

  const lifeLevels: {
    level: 'lapsed' | 'alarm' | 'warn';
    text: (n: number) => string;
    severity: 'error' | 'warning';
  }[] = [
    { level: 'lapsed', severity: 'error', text: (n) => `${n} 名党员已连续 6 个月以上未参加组织生活（党章第九条）` },
    {
      level: 'alarm',
      severity: 'error',
      text: (n) => `${n} 名党员已连续 ${settings.lifeAlarmMonths} 个月未参加组织生活`,
    },
    {
      level: 'warn',
      severity: 'warning',
      text: (n) => `${n} 名党员已连续 ${settings.lifeWarnMonths} 个月以上未参加组织生活`,
    },
  ];
  for (const { level, text, severity } of lifeLevels) {
    const gaps = snapshot.lifeGaps.filter((gap) => gap.level === level).sort((a, b) => b.months - a.months);
    if (gaps.length === 0) continue;
    lines.push({
      key: `life-${level}`,
      kind: 'life',
      severity,
      text: text(gaps.length),
      count: gaps.length,
      columns: ['姓名', '党支部', '最近一次组织生活', '已连续（月）', '说明'],
      rows: gaps.map((gap) =>
        memberCells(
          gap.member,
          gap.sinceIsLastLife ? chineseDate(gap.since, year) : `无记录（自${chineseDate(gap.since, year)}起计）`,
          String(gap.months),
          !leaveChecked ? '正在核对请假记录…' : gap.onLeave ? '期间请过假（仍属未参加，请支部核实理由）' : '',
        ),
      ),
    });
  }

  for (const due of snapshot.probation) {
    const when = chineseDate(due.dueDate, year);
    const extended = due.extendedMonths > 0 ? `（已延长 ${due.extendedMonths} 个月）` : '';
    lines.push({
      key: `probation-${due.member.id}`,
      kind: 'probation',
      severity: due.state === 'overdue' ? 'error' : 'warning',
      text:
        due.state === 'overdue'
          ? `${due.member.name}预备期${extended}已于 ${when} 届满（超过 ${-due.daysLeft} 天），尚未转正`
          : due.daysLeft === 0
            ? `${due.member.name}预备期${extended}今天（${when}）届满，需讨论转正`
            : `${due.member.name}预备期${extended}将于 ${when} 届满，需讨论转正`,
      count: 1,
      columns: ['姓名', '党支部', '预备期满（含延长）', '剩余天数'],
      rows: [memberCells(due.member, when, due.daysLeft < 0 ? `已超 ${-due.daysLeft} 天` : `${due.daysLeft} 天`)],
    });
  }

  if (snapshot.thoughtReports.length > 0) {
    lines.push({
      key: 'reports',
      kind: 'report',
      severity: 'warning',
      text: `${snapshot.thoughtReports.length} 名党员思想汇报已逾期`,
      count: snapshot.thoughtReports.length,
      columns: ['姓名', '党支部', '上次收到', '应交日期', '逾期天数'],
      rows: snapshot.thoughtReports.map((r) =>
        memberCells(
          r.member,
          r.lastReceived === undefined ? '无' : chineseDate(r.lastReceived, year),
          chineseDate(r.dueDate, year),
          String(r.overdueDays),
        ),
      ),
    });
  }

  const belowHalf = snapshot.behindPace.filter((p) => p.belowHalf);
  const behindOnly = snapshot.behindPace.filter((p) => !p.belowHalf);
  const paceColumns = ['姓名', '党支部', '已完成学时', '目标', '按进度应完成'];
  const paceRow = (p: (typeof belowHalf)[number]) =>
    memberCells(p.member, String(p.hours), String(p.target), (Math.round(p.expectedNow * 10) / 10).toFixed(1));
  if (belowHalf.length > 0) {
    lines.push({
      key: 'pace-half',
      kind: 'pace',
      severity: 'warning',
      text: `${belowHalf.length} 名党员本年度学时未过半，距年底还有 ${snapshot.monthsLeft} 个月`,
      count: belowHalf.length,
      columns: paceColumns,
      rows: belowHalf.map(paceRow),
    });
  }
  if (behindOnly.length > 0) {
    lines.push({
      key: 'pace-behind',
      kind: 'pace',
      severity: 'info',
      text: `${behindOnly.length} 名党员学时落后于全年进度`,
      count: behindOnly.length,
      columns: paceColumns,
      rows: behindOnly.map(paceRow),
    });
  }

  if (snapshot.floating.length > 0) {
    lines.push({
      key: 'floating',
      kind: 'floating',
      severity: 'warning',
      text: `${snapshot.floating.length} 名流动党员已 ${settings.floatingContactMonths} 个月以上未联系`,
      count: snapshot.floating.length,
      columns: ['姓名', '党支部', '上次联系', '已（月）'],
      rows: snapshot.floating.map((f) =>
        memberCells(
          f.member,
          f.lastContact === undefined ? '无记录' : chineseDate(f.lastContact, year),
          String(f.months),
        ),
      ),
    });
  }
  lines.push(...lapseChainLines(snapshot));
  for (const term of snapshot.terms) {
    const when = chineseDate(term.termEnd, year);
    lines.push({
      key: `term-${term.unitId}`,
      kind: 'term',
      severity: term.state === 'overdue' ? 'error' : 'warning',
      text:
        term.state === 'overdue'
          ? `${term.unitName}任期已于 ${when} 届满，应按期换届`
          : `${term.unitName}任期将于 ${when} 届满，请做好换届准备`,
      count: 1,
      columns: ['组织', '任期届满', '剩余天数'],
      rows: [
        {
          key: term.unitId,
          cells: [term.unitName, when, term.daysLeft < 0 ? `已超 ${-term.daysLeft} 天` : `${term.daysLeft} 天`],
        },
      ],
    });
  }
  return lines;
}

const CHAIN_STEPS = [
  {
    step: 'decide-suspension',
    severity: 'error',
    text: (n: number) => `${n} 名党员失去联系已满 6 个月，请支部研究是否停止党籍（《党员教育管理工作条例》第二十四条）`,
    since: '失去联系日期',
  },
  {
    step: 'decide-removal',
    severity: 'error',
    text: (n: number) => `${n} 名党员停止党籍已满 2 年，请支部研究是否除名（第二十四条）`,
    since: '停止党籍日期',
  },
  {
    step: 'transfer-relation',
    severity: 'warning',
    text: (n: number) => `${n} 名流动党员外出已满 6 个月，应转移组织关系（第二十五条）`,
    since: '外出日期',
  },
] as const;

function lapseChainLines(snapshot: ComplianceSnapshot): WarningLine[] {
  return CHAIN_STEPS.flatMap(({ step, severity, text, since }) => {
    const items = snapshot.lapseChain.filter((item) => item.step === step);
    if (items.length === 0) return [];
    return [
      {
        key: `chain-${step}`,
        kind: 'lapse-chain' as const,
        severity,
        text: text(items.length),
        count: items.length,
        columns: ['姓名', '党支部', since, '已（月）'],
        rows: items.map((item) =>
          memberCells(item.member, chineseDate(item.since, snapshot.year), String(item.months)),
        ),
      },
    ];
  });
}
