import type { OpenCorrection } from '../../db/repositories/review-repository';
import { chineseDate } from '../../domain/rules/calendar';
import { correctionsDue } from '../../domain/rules/correction-due';
import type { WarningLine } from '../overview/warnings';

/** The overview's lines for 限期改正 cases past or near their deadline (条例 art. 30). */
export function correctionWarnings(open: readonly OpenCorrection[], today: string): WarningLine[] {
  const year = Number(today.slice(0, 4));
  const due = correctionsDue(
    open.map((o) => ({ ...o.item, ref: o })),
    today,
  );
  const lines: WarningLine[] = [];
  const columns = ['姓名', '党支部', '开始日期', '改正期限'];
  const rows = (list: typeof due.overdue) =>
    list.map(({ ref }) => ({
      key: ref.item.id,
      member: ref.member,
      cells: [
        ref.member.name,
        ref.member.branchName,
        chineseDate(ref.item.startDate, year),
        chineseDate(ref.item.deadline, year),
      ],
    }));
  if (due.overdue.length > 0) {
    lines.push({
      key: 'correction-overdue',
      kind: 'correction',
      severity: 'error',
      text: `${due.overdue.length} 名党员限期改正已到期，尚未记录处理结果`,
      count: due.overdue.length,
      columns,
      rows: rows(due.overdue),
    });
  }
  if (due.dueSoon.length > 0) {
    lines.push({
      key: 'correction-soon',
      kind: 'correction',
      severity: 'warning',
      text: `${due.dueSoon.length} 名党员限期改正将在 30 天内到期`,
      count: due.dueSoon.length,
      columns,
      rows: rows(due.dueSoon),
    });
  }
  return lines;
}
