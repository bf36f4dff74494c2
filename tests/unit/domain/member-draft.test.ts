import { describe, expect, it } from 'vitest';
import { emptyDraft, validateMemberDraft } from '../../../renderer/src/domain/rules/member-draft';
import { idCheckCharacter } from '../../../renderer/src/domain/rules/id-number';

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

describe('an import row checked against its ID number', () => {
  // 男, born 1954-09-15.
  const id = '11010519540915001' + idCheckCharacter('11010519540915001');
  const row = (extra: Partial<ReturnType<typeof emptyDraft>>) => ({
    ...emptyDraft(),
    name: '张建国',
    idNumber: id,
    branchId: 'b1',
    ...extra,
  });

  it('出生年月 that agrees with the ID at month precision is no conflict; the ID’s day is stored', () => {
    const result = validateMemberDraft(row({ birthDate: '1954-09-01', monthOnlyDates: ['birthDate'] }), TODAY, {
      mode: 'import',
    });
    expect(result.warnings).toEqual([]);
    expect(result.fields).toMatchObject({ birthDate: '1954-09-15', gender: '男' });
    expect(result.fields?.monthOnlyDates).toBeUndefined();
  });

  it('a sheet that disagrees imports with the ID’s facts and says what the sheet had', () => {
    const result = validateMemberDraft(
      row({ birthDate: '1954-10-01', monthOnlyDates: ['birthDate'], gender: '女' }),
      TODAY,
      { mode: 'import' },
    );
    expect(result.errors).toEqual({});
    expect(result.warnings).toEqual(['出生日期按身份证号为准（表中为 1954.10）', '性别按身份证号为准（表中为女）']);
    expect(result.fields).toMatchObject({ birthDate: '1954-09-15', gender: '男', toVerify: result.warnings });
  });

  it('the form still refuses the same disagreement on its field', () => {
    const result = validateMemberDraft(row({ birthDate: '1954-10-20', gender: '女' }), TODAY);
    expect(result.errors.birthDate).toContain('出生日期与身份证号不符');
    expect(result.errors.gender).toContain('性别与身份证号不符');
  });

  it('only wrong facts refuse an import row: a date after today, 转正 before 入党', () => {
    expect(validateMemberDraft(row({ joinDate: '2027-01-01' }), TODAY, { mode: 'import' }).errors).toEqual({
      joinDate: '日期不能晚于今天',
    });
    expect(
      validateMemberDraft(row({ joinDate: '1985-06-01', fullMemberDate: '1984-06-01' }), TODAY, { mode: 'import' })
        .errors,
    ).toEqual({ fullMemberDate: '转正日期不能早于入党日期' });
    const doubtful = validateMemberDraft(
      row({
        phone: '1380013800',
        lostContact: true,
        category: '预备党员',
        joinDate: '1985-06-01',
        fullMemberDate: '1986-06-01',
      }),
      TODAY,
      { mode: 'import' },
    );
    expect(doubtful.errors).toEqual({});
    expect(doubtful.fields).toMatchObject({ category: '正式党员', note: '联系电话：1380013800', lostContact: true });
    expect(doubtful.warnings).toHaveLength(3);
  });
});
