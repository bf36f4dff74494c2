import { describe, expect, it } from 'vitest';
import { maskField, maskIdNumber, maskPhone } from '../../../renderer/src/domain/rules/masking';

describe('masking personal numbers', () => {
  it('an ID number keeps its region and last four digits only', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
  it('a mobile keeps its first three and last four digits; a landline its area code', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('023-68881234')).toBe('023-****1234');
  });
  it('fields are masked by name, other fields untouched', () => {
    expect(maskField('idNumber', '11010519491231002X')).toBe('1101**********002X');
    expect(maskField('contactPhone', '13800138000')).toBe('138****8000');
    expect(maskField('name', '张三')).toBe('张三');
  });
});
