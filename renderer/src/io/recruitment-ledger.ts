import type { RecruitmentCase, RecruitmentStep } from '../domain/entities/recruitment';
import type { CaseStatus } from '../domain/rules/recruitment-case';
import { describeBranchVote } from '../domain/rules/branch-vote';
import { STEP_RULES } from '../domain/rules/recruitment-steps';
import type { SheetTable } from './table-workbook';
import { buildTableWorkbook } from './table-workbook';

export interface LedgerCase {
  record: RecruitmentCase;
  steps: RecruitmentStep[];
  status: CaseStatus;
}

/** A case belongs to a year's 台账 when it was open at some time in that year. */
export function inLedgerYear(item: LedgerCase, year: number): boolean {
  if (item.record.applicationDate > `${year}-12-31`) return false;
  if (!item.status.ended) return true;
  const last = item.steps[item.steps.length - 1]?.date ?? item.record.applicationDate;
  return last >= `${year}-01-01`;
}

function stageText(status: CaseStatus): string {
  return status.cancelled ? '已取消资格' : status.stage;
}

/**
 * 发展党员台账 for a year: one row per person with every step's date (repeated steps — 考察, 思想汇报 —
 * all their dates), the people named and the votes.
 */
export function recruitmentLedgerTable(
  cases: readonly LedgerCase[],
  year: number,
  branchNames: ReadonlyMap<string, string>,
  memberNames: ReadonlyMap<string, string>,
): SheetTable {
  const rules = STEP_RULES;
  const columns = [
    '序号',
    '姓名',
    '性别',
    '出生日期',
    '学历',
    '工作单位',
    '党支部',
    '当前阶段',
    '递交入党申请书',
    ...rules.map((rule) => rule.label),
    '培养联系人',
    '入党介绍人',
    '接收表决',
    '转正表决',
  ];
  const names = (step: RecruitmentStep | undefined) =>
    (step?.memberIds ?? []).map((id) => memberNames.get(id) ?? '').join('、');
  const rows = cases
    .filter((item) => inLedgerYear(item, year))
    .map((item, index) => {
      const of = (kind: RecruitmentStep['kind']) => item.steps.filter((step) => step.kind === kind);
      const voteOf = (kind: RecruitmentStep['kind']) =>
        of(kind)
          .map((step) =>
            step.vote === undefined ? '' : `${step.date} ${step.vote.declared}：${describeBranchVote(step.vote)}`,
          )
          .join('；');
      return [
        index + 1,
        item.record.name,
        item.record.gender,
        item.record.birthDate,
        item.record.education ?? '',
        item.record.workUnit ?? '',
        branchNames.get(item.record.branchId) ?? '',
        stageText(item.status),
        item.record.applicationDate,
        ...rules.map((rule) =>
          of(rule.kind)
            .map((step) => step.date)
            .join('、'),
        ),
        names(of('contacts').at(-1)),
        names(of('sponsors').at(-1)),
        voteOf('admission-vote'),
        voteOf('confirmation-vote'),
      ];
    });
  return { name: `${year}年发展党员台账`, title: `${year}年度发展党员台账`, columns, rows };
}

export function buildRecruitmentLedger(
  cases: readonly LedgerCase[],
  year: number,
  branchNames: ReadonlyMap<string, string>,
  memberNames: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  return buildTableWorkbook([recruitmentLedgerTable(cases, year, branchNames, memberNames)]);
}
