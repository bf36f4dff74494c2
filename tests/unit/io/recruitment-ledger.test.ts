import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../../renderer/src/domain/rules/recruitment-case';
import { buildRecruitmentLedger, recruitmentLedgerTable } from '../../../renderer/src/io/recruitment-ledger';
import { completedCase, MEMBER_NAMES } from '../../fixtures/recruitment-case';

const BRANCHES = new Map([['b1', '第一党支部']]);

function ledgerCase(today: string) {
  const { record, steps } = completedCase();
  return { record, steps, status: evaluateCase(record, steps, today) };
}

describe('发展党员台账', () => {
  it('has one row per person with every step date, repeated steps joined', () => {
    const table = recruitmentLedgerTable([ledgerCase('2026-08-01')], 2026, BRANCHES, MEMBER_NAMES);
    const row = table.rows[0] ?? [];
    const cell = (column: string) => row[table.columns.indexOf(column)];
    expect(cell('姓名')).toBe('赵六');
    expect(cell('当前阶段')).toBe('正式党员');
    expect(cell('培养考察（每半年一次）')).toBe('2024-09-01、2025-02-20');
    expect(cell('确定为发展对象')).toBe('2025-03-01');
    expect(cell('上级党委审批转正')).toBe('2026-07-01');
    expect(cell('入党介绍人')).toBe('张三、李四');
    expect(String(cell('接收表决'))).toContain('赞成 7 票');
  });

  it('a case closed before the year is left out; one still open is kept', () => {
    expect(recruitmentLedgerTable([ledgerCase('2026-08-01')], 2027, BRANCHES, MEMBER_NAMES).rows).toHaveLength(0);
    expect(recruitmentLedgerTable([ledgerCase('2026-08-01')], 2023, BRANCHES, MEMBER_NAMES).rows).toHaveLength(0);
  });

  it('is a real workbook', async () => {
    const bytes = await buildRecruitmentLedger([ledgerCase('2026-08-01')], 2025, BRANCHES, MEMBER_NAMES);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('2025年度发展党员台账');
    expect(sheet?.getRow(3).getCell(2).value).toBe('赵六');
  });
});
