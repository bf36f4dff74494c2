import { todayIso } from '../../domain/entities/dates';
import { WarningItem } from '../overview/WarningItem';
import { recruitmentWarningLines } from './overview-warnings';
import { useBranches, useCaseRows } from './use-recruitment';

/** The 发展党员 lines of the overview's to-do list: due assessments, broken intervals, approvals near three months. */
export function RecruitmentWarnings() {
  const rows = useCaseRows(todayIso());
  const branches = useBranches();
  if (rows === undefined) return null;
  const names = new Map(branches.map((branch) => [branch.id, branch.name]));
  const lines = recruitmentWarningLines(
    rows.map((row) => ({
      caseId: row.record.id,
      name: row.record.name,
      branchName: names.get(row.record.branchId) ?? '',
      warnings: row.status.warnings,
    })),
  );
  return (
    <>
      {lines.map((line) => (
        <WarningItem key={line.key} line={line} />
      ))}
    </>
  );
}
