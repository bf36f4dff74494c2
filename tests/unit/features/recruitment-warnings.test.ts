import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../../renderer/src/domain/rules/recruitment-case';
import { recruitmentWarningLines } from '../../../renderer/src/features/recruitment/overview-warnings';
import { completedCase } from '../../fixtures/recruitment-case';

function caseOn(today: string, upTo: number) {
  const { record, steps } = completedCase();
  const status = evaluateCase(record, steps.slice(0, upTo), today);
  return { caseId: record.id, name: record.name, branchName: '第一党支部', warnings: status.warnings };
}

describe('发展党员 lines on the overview', () => {
  it('an approval pending two months is one warning line naming the person', () => {
    // Up to and including the 支部大会 of 2025-06-01 (15 steps).
    const lines = recruitmentWarningLines([caseOn('2025-08-05', 15)]);
    const approval = lines.find((line) => line.key === 'recruitment-approval-pending');
    expect(approval).toMatchObject({ severity: 'warning', count: 1, kind: 'recruitment' });
    expect(approval?.rows[0]?.cells[0]).toBe('赵六');
  });

  it('an assessment overdue is an error line; a finished case raises nothing', () => {
    const overdue = recruitmentWarningLines([caseOn('2024-09-10', 4)]);
    expect(overdue.find((line) => line.key === 'recruitment-assessment-due')?.severity).toBe('error');
    expect(recruitmentWarningLines([caseOn('2026-08-01', 22)])).toEqual([]);
  });
});
