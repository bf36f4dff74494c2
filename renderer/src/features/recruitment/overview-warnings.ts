import type { RecruitmentWarning, RecruitmentWarningKind } from '../../domain/rules/recruitment-case';
import type { WarningLine } from '../overview/warnings';

export interface CaseWarnings {
  caseId: string;
  name: string;
  branchName: string;
  warnings: readonly RecruitmentWarning[];
}

const TEXTS: Record<RecruitmentWarningKind, (count: number) => string> = {
  'assessment-due': (count) => `发展党员：${count} 项半年一次的培养考察即将到期或已逾期`,
  'approval-pending': (count) => `发展党员：${count} 项上级党委审批已近三个月（三个月内审批）`,
  'step-due': (count) => `发展党员：${count} 项步骤即将到期或已逾期（谈话、转正讨论）`,
  'interval-broken': (count) => `发展党员：${count} 项步骤的间隔不符合规定`,
};

const ORDER: readonly RecruitmentWarningKind[] = ['approval-pending', 'assessment-due', 'step-due', 'interval-broken'];

/** The overview's lines for the 发展党员 cases: one per kind of warning, with the people behind it. */
export function recruitmentWarningLines(cases: readonly CaseWarnings[]): WarningLine[] {
  return ORDER.flatMap((kind) => {
    const rows = cases.flatMap((item) =>
      item.warnings
        .filter((warning) => warning.kind === kind)
        .map((warning, index) => ({
          key: `${item.caseId}-${kind}-${index}`,
          cells: [item.name, item.branchName, warning.message],
          alarm: warning.level === 'alarm',
        })),
    );
    if (rows.length === 0) return [];
    return [
      {
        key: `recruitment-${kind}`,
        kind: 'recruitment' as const,
        severity: rows.some((row) => row.alarm) ? ('error' as const) : ('warning' as const),
        text: TEXTS[kind](rows.length),
        count: rows.length,
        columns: ['姓名', '党支部', '情况'],
        rows: rows.map(({ key, cells }) => ({ key, cells })),
      },
    ];
  });
}
