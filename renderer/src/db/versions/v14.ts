import type { SchemaVersion } from './schema-version';

/**
 * v14 (发展党员): the people in the recruitment pipeline (入党申请人 → 正式党员) and the dated steps of each
 * case. Cases are read by branch and by ID number (no one applies twice); steps by case and by date, so
 * the yearly 发展党员台账 and the overview read only what they need.
 */
export const v14: SchemaVersion = {
  version: 14,
  stores: {
    recruitmentCases: 'id, branchId, idNumber, applicationDate, memberId',
    recruitmentSteps: 'id, caseId, [caseId+date], kind, date',
  },
};
