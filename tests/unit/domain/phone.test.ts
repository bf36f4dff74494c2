import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneProblem } from '../../../renderer/src/domain/rules/phone';

describe('phone numbers', () => {
  it('accepts mobile and landline numbers as offices write them', () => {
    for (const phone of [
      '13800138000',
      '138 0013 8000',
      '+86 13800138000',
      '023-68881234',
      '02368881234',
      '68881234',
      '０２３－６８８８１２３４',
    ]) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
  });

  it('explains a mobile number with a digit missing', () => {
    expect(phoneProblem('1380013800')).toMatch(/11 位/);
  });

  it('refuses text that is not a phone number', () => {
    expect(phoneProblem('12345')).not.toBeNull();
    expect(phoneProblem('电话')).not.toBeNull();
  });

  it('normalises full-width digits and spaces', () => {
    expect(normalizePhone('１３８ ００１３ ８０００')).toBe('13800138000');
  });
});
