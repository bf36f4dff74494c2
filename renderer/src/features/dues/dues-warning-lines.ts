import type { DuesWatchItem } from '../../db/repositories/dues-repository';
import type { DuesSettings } from '../../domain/entities/dues-rates';
import { paidThroughText } from '../../domain/rules/dues-ledger';
import { formatFen } from '../../domain/rules/money';
import type { WarningLine } from '../overview/warnings';

/** The overview's dues lines: 6+ to verify, the alarm, the notice, and those excused (shown, not nagged). */
export function duesWarningLines(items: readonly DuesWatchItem[], settings: DuesSettings): WarningLine[] {
  const columns = ['姓名', '党支部', '未交月数', '缴费情况', '欠交金额（元）'];
  const line = (
    band: DuesWatchItem['band'],
    severity: WarningLine['severity'],
    text: (count: number) => string,
  ): WarningLine[] => {
    const group = items.filter((item) => item.band === band);
    if (group.length === 0) return [];
    return [
      {
        key: `dues-${band}`,
        kind: 'dues',
        severity,
        text: text(group.length),
        count: group.length,
        columns,
        rows: group
          .slice()
          .sort((a, b) => b.status.unpaid.length - a.status.unpaid.length)
          .map((item) => ({
            key: item.member.id,
            member: item.member,
            cells: [
              item.member.name,
              item.member.branchName,
              String(item.status.unpaid.length),
              paidThroughText(item.status),
              formatFen(item.status.owedFen),
            ],
          })),
      },
    ];
  };
  return [
    ...line(
      'lapse',
      'error',
      (n) => `${String(n)} 名党员连续 ${String(settings.lapseMonths)} 个月以上未交党费，请支部核实原因（党章第九条）`,
    ),
    ...line('alarm', 'error', (n) => `${String(n)} 名党员已 ${String(settings.alarmMonths)} 个月以上未交党费`),
    ...line('warn', 'warning', (n) => `${String(n)} 名党员已 ${String(settings.warnMonths)} 个月以上未交党费`),
    ...line('excused', 'info', (n) => `${String(n)} 名免交或年老体弱的党员有未交月份，不作预警`),
  ];
}
