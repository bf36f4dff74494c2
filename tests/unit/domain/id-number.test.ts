import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter } from '../../../renderer/src/domain/rules/id-number';
import { maskIdNumber } from '../../../renderer/src/domain/rules/masking';

const TODAY = '2026-06-01';

function withCheck(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

describe('ID numbers (GB 11643-1999)', () => {
  it('a valid number gives birth date and gender', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: '女',
    });
    const male = withCheck('51010419800101001');
    expect(checkIdNumber(male, TODAY)).toMatchObject({ ok: true, birthDate: '1980-01-01', gender: '男' });
  });

  it('a wrong check digit is refused with the reason', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toEqual({
      ok: false,
      reason: '身份证号校验位错误，请核对是否有数字录错',
    });
  });

  it('a lower-case x and spaces are accepted and normalised', () => {
    expect(checkIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
  });

  it('full-width digits are accepted', () => {
    expect(checkIdNumber('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ ok: true });
  });

  it('a 15-digit old number is recognised and upgraded to 18 characters', () => {
    const result = checkIdNumber('110105491231002', TODAY);
    expect(result).toEqual({
      ok: true,
      normalized: withCheck('11010519491231002'),
      birthDate: '1949-12-31',
      gender: '女',
      upgradedFrom: '110105491231002',
    });
  });

  it('a number Excel turned into 5.10104E+17 is reported as having lost digits', () => {
    const result = checkIdNumber('5.10104E+17', TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('末尾几位已丢失');
  });

  it('wrong length, impossible and future birth dates are refused', () => {
    expect(checkIdNumber('1101051949123100', TODAY)).toEqual({ ok: false, reason: '身份证号应为 18 位，现为 16 位' });
    expect(checkIdNumber(withCheck('11010519490231002'), TODAY)).toMatchObject({
      ok: false,
      reason: '身份证号中的出生日期不存在',
    });
    expect(checkIdNumber(withCheck('11010520300101002'), TODAY)).toMatchObject({
      ok: false,
      reason: '身份证号中的出生日期晚于今天',
    });
  });

  it('the roster masks all but the first and last four characters', () => {
    expect(maskIdNumber('500101198001011234')).toBe('5001**********1234');
  });
});
