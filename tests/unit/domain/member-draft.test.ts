import { describe, expect, it } from 'vitest';
import { emptyDraft, validateMemberDraft } from '../../../renderer/src/domain/rules/member-draft';

const TODAY = '2026-06-01';

describe('member form validation', () => {
  it('every problem comes with a Chinese reason', () => {
    const { errors, fields } = validateMemberDraft(
      { ...emptyDraft(), idNumber: '110105194912310021', phone: '12345', joinDate: '2030-01-01', lostContact: true },
      TODAY,
    );
    expect(fields).toBeUndefined();
    expect(errors).toMatchObject({
      name: '请填写姓名',
      branchId: '请选择所在党支部',
      idNumber: '身份证号校验位错误，请核对是否有数字录错',
      joinDate: '日期不能晚于今天',
      lostContactDate: '失联党员请填写失去联系日期',
    });
    expect(errors.phone).toBeDefined();
  });

  it('birth date and gender come from the ID number, and a contradiction is reported', () => {
    const ok = validateMemberDraft(
      { ...emptyDraft(), name: '张三', branchId: 'b', idNumber: '11010519491231002x' },
      TODAY,
    );
    expect(ok.fields).toMatchObject({ birthDate: '1949-12-31', gender: '女', idNumber: '11010519491231002X' });
    const clash = validateMemberDraft(
      { ...emptyDraft(), name: '张三', branchId: 'b', idNumber: '11010519491231002X', gender: '男' },
      TODAY,
    );
    expect(clash.errors.gender).toBe('性别与身份证号不符（身份证号为女）');
  });

  it('a probationary member has no 转正 date yet', () => {
    const { errors } = validateMemberDraft(
      {
        ...emptyDraft(),
        name: '李四',
        branchId: 'b',
        category: '预备党员',
        joinDate: '2025-09-01',
        fullMemberDate: '2026-01-01',
      },
      TODAY,
    );
    expect(errors.fullMemberDate).toContain('预备党员还没有转正日期');
  });
});
