import { describe, expect, it } from 'vitest';
import { lapseReminder } from '../../../../../renderer/src/domain/rules/lapse-chain';

const base = {
  id: 'm',
  membershipStatus: 'active' as const,
  partyStanding: '正常' as const,
  lostContact: false,
  floating: false,
};

describe('lapse chain (条例 arts. 24–25)', () => {
  it('lost contact on 1 January: day 181 (30 June) no reminder, 1 July (six months) the branch decides 停止党籍', () => {
    const lost = { ...base, lostContact: true, lostContactDate: '2026-01-01' };
    expect(lapseReminder(lost, '2026-06-30')).toBeNull();
    expect(lapseReminder(lost, '2026-07-01')?.step).toBe('decide-suspension');
  });

  it('day 182/183: lost on 31 December, six months fall on 30 June, not the day before', () => {
    const lost = { ...base, lostContact: true, lostContactDate: '2025-12-31' };
    expect(lapseReminder(lost, '2026-06-29')).toBeNull();
    expect(lapseReminder(lost, '2026-06-30')?.step).toBe('decide-suspension');
  });

  it('suspended two years → decide 除名, not a day earlier', () => {
    const suspended = { ...base, partyStanding: '停止党籍' as const };
    expect(lapseReminder(suspended, '2026-03-09', '2024-03-10')).toBeNull();
    expect(lapseReminder(suspended, '2026-03-10', '2024-03-10')?.step).toBe('decide-removal');
  });

  it('away six months at a fixed place → transfer the organisational relation', () => {
    const away = {
      ...base,
      floating: true,
      floatingSince: '2026-01-15',
      floatingTo: { province: '广东省', city: '深圳市', county: '' },
    };
    expect(lapseReminder(away, '2026-07-14')).toBeNull();
    expect(lapseReminder(away, '2026-07-15')?.step).toBe('transfer-relation');
    expect(lapseReminder({ ...away, floatingTo: { province: '', city: '', county: '' } }, '2026-12-01')).toBeNull();
  });
});
