import { describe, expect, it } from 'vitest';
import { exemptionOn, yearExemption } from '../../../../../renderer/src/domain/rules/exemption';
import { yearlyHoursTarget } from '../../../../../renderer/src/domain/rules/study-target';

describe('送学上门对象 and members abroad (条例 arts. 23, 34)', () => {
  const elderly = { homeStudy: { reason: '年老体弱' as const, since: '2026-03-01' } };

  it('an elderly member is exempt from the day of the flag, not the day before', () => {
    expect(exemptionOn(elderly, '2026-02-28')).toBeNull();
    expect(exemptionOn(elderly, '2026-03-01')?.kind).toBe('home-study');
  });

  it('a member abroad is exempt from leaving to returning, both days included', () => {
    const away = { abroad: { from: '2026-04-01', until: '2026-09-30' } };
    expect(exemptionOn(away, '2026-03-31')).toBeNull();
    expect(exemptionOn(away, '2026-04-01')?.kind).toBe('abroad');
    expect(exemptionOn(away, '2026-09-30')?.kind).toBe('abroad');
    expect(exemptionOn(away, '2026-10-01')).toBeNull();
    expect(exemptionOn({ abroad: { from: '2026-04-01' } }, '2030-01-01')?.kind).toBe('abroad');
  });

  it('a flag set during the year removes that year’s hour target, not the year before', () => {
    expect(yearExemption(elderly, 2025)).toBeNull();
    const exemption = yearExemption(elderly, 2026);
    expect(exemption?.kind).toBe('home-study');
    const target = yearlyHoursTarget({
      year: 2026,
      isCadre: false,
      memberTarget: 32,
      cadreTarget: 56,
      rule: 'pro-rated',
      ...(exemption === null ? {} : { exemption: exemption.text }),
    });
    expect(target.target).toBe(0);
    expect(target.explanation).toContain('送学上门');
  });
});
