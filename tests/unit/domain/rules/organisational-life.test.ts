import { describe, expect, it } from 'vitest';
import { organisationalLifeGap } from '../../../../renderer/src/domain/rules/organisational-life';
import { member } from './fixtures';

const base = { countFrom: '2025-01-01', warnMonths: 3, alarmMonths: 5 };

describe('six months without organisational life (党章 art. 9)', () => {
  it('a member absent exactly six months has reached the line', () => {
    const gap = organisationalLifeGap({ ...base, member: member(), lastLifeDate: '2026-01-15', today: '2026-07-15' });
    expect(gap).toMatchObject({ months: 6, level: 'lapsed', sinceIsLastLife: true });
  });

  it('five months and thirty days is an alarm, not yet the line', () => {
    const gap = organisationalLifeGap({ ...base, member: member(), lastLifeDate: '2026-01-15', today: '2026-07-14' });
    expect(gap).toMatchObject({ months: 5, level: 'alarm' });
  });

  it('warns from three months, and two months is fine', () => {
    expect(
      organisationalLifeGap({ ...base, member: member(), lastLifeDate: '2026-03-10', today: '2026-06-10' })?.level,
    ).toBe('warn');
    expect(
      organisationalLifeGap({ ...base, member: member(), lastLifeDate: '2026-03-10', today: '2026-06-09' })?.level,
    ).toBe('ok');
  });

  it('six months from 31 August ends on the last day of February, in a leap year too', () => {
    expect(
      organisationalLifeGap({
        ...base,
        countFrom: '2020-01-01',
        member: member(),
        lastLifeDate: '2023-08-31',
        today: '2024-02-29',
      })?.level,
    ).toBe('lapsed');
    expect(
      organisationalLifeGap({
        ...base,
        countFrom: '2020-01-01',
        member: member(),
        lastLifeDate: '2023-08-31',
        today: '2024-02-28',
      })?.level,
    ).toBe('alarm');
  });

  it('attendance at another branch counts: the caller passes the last attendance anywhere', () => {
    // The summary's last date includes walk-ins at other branches and recorded 异地组织生活.
    const gap = organisationalLifeGap({
      ...base,
      member: member({ floating: true }),
      lastLifeDate: '2026-06-01',
      today: '2026-07-15',
    });
    expect(gap?.level).toBe('ok');
  });

  it('leave with a reason is still non-participation but is marked as leave', () => {
    const gap = organisationalLifeGap({
      ...base,
      member: member(),
      lastLifeDate: '2026-01-15',
      leaveSince: 2,
      today: '2026-06-20',
    });
    expect(gap).toMatchObject({ level: 'alarm', onLeave: true });
  });

  it('suspended, deceased and transferred-out members are left out', () => {
    const at = { ...base, lastLifeDate: '2025-01-15', today: '2026-07-15' };
    expect(organisationalLifeGap({ ...at, member: member({ partyStanding: '停止党籍' }) })).toBeNull();
    expect(organisationalLifeGap({ ...at, member: member({ membershipStatus: 'deceased' }) })).toBeNull();
    expect(organisationalLifeGap({ ...at, member: member({ membershipStatus: 'transferred-out' }) })).toBeNull();
  });

  it('a member who joined in November is counted from joining, not from the start of records', () => {
    const gap = organisationalLifeGap({ ...base, member: member({ joinDate: '2025-11-20' }), today: '2026-03-19' });
    expect(gap).toMatchObject({ since: '2025-11-20', months: 3, level: 'warn', sinceIsLastLife: false });
  });

  it('a member who arrived in the branch recently is counted from arrival', () => {
    const gap = organisationalLifeGap({ ...base, countFrom: '2026-05-01', member: member(), today: '2026-07-15' });
    expect(gap?.level).toBe('ok');
  });
});
