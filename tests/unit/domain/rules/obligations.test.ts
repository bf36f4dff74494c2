import { describe, expect, it } from 'vitest';
import { floatingContactDue } from '../../../../renderer/src/domain/rules/floating-contact';
import { probationDue } from '../../../../renderer/src/domain/rules/probation';
import { thoughtReportOverdue } from '../../../../renderer/src/domain/rules/thought-reports';
import { member } from './fixtures';

describe('转正 due (党章 art. 7: one year of probation)', () => {
  const probationer = member({ category: '预备党员', joinDate: '2025-06-12' });

  it('is announced thirty days before, on the day, and overdue after', () => {
    expect(probationDue(probationer, '2026-05-12', 30)).toBeNull();
    expect(probationDue(probationer, '2026-05-13', 30)).toMatchObject({
      dueDate: '2026-06-12',
      daysLeft: 30,
      state: 'due-soon',
    });
    expect(probationDue(probationer, '2026-06-12', 30)).toMatchObject({ daysLeft: 0, state: 'due-soon' });
    expect(probationDue(probationer, '2026-06-13', 30)).toMatchObject({ daysLeft: -1, state: 'overdue' });
  });

  it('a member who joined on 29 February is due on 28 February', () => {
    expect(probationDue(member({ category: '预备党员', joinDate: '2024-02-29' }), '2025-02-01', 30)?.dueDate).toBe(
      '2025-02-28',
    );
  });

  it('full members, members already confirmed and suspended members are not listed', () => {
    expect(probationDue(member({ joinDate: '2025-06-12' }), '2026-06-12', 30)).toBeNull();
    expect(probationDue({ ...probationer, fullMemberDate: '2026-06-12' }, '2026-06-20', 30)).toBeNull();
    expect(probationDue({ ...probationer, partyStanding: '停止党籍' }, '2026-06-20', 30)).toBeNull();
  });
});

describe('思想汇报 overdue (local setting, default quarterly for 预备党员)', () => {
  const probationer = member({ category: '预备党员', joinDate: '2025-12-01' });

  it('is overdue the day after three months from the last report', () => {
    const at = { member: probationer, intervalMonths: 3, lastReceived: '2026-03-31', countFrom: '2025-01-01' };
    expect(thoughtReportOverdue({ ...at, today: '2026-06-30' })).toBeNull();
    expect(thoughtReportOverdue({ ...at, today: '2026-07-01' })).toMatchObject({
      dueDate: '2026-06-30',
      overdueDays: 1,
    });
  });

  it('without any report, counts from joining', () => {
    expect(
      thoughtReportOverdue({ member: probationer, intervalMonths: 3, countFrom: '2025-01-01', today: '2026-03-02' }),
    ).toMatchObject({ dueDate: '2026-03-01' });
  });

  it('an interval of 0 means not required', () => {
    expect(
      thoughtReportOverdue({ member: probationer, intervalMonths: 0, countFrom: '2025-01-01', today: '2030-01-01' }),
    ).toBeNull();
  });
});

describe('floating members without contact (条例 art. 32)', () => {
  const floating = member({ floating: true, floatingSince: '2025-03-01' });

  it('is listed at six months since the last contact-log entry', () => {
    const at = { member: floating, lastContact: '2026-01-10', countFrom: '2025-01-01', months: 6 };
    expect(floatingContactDue({ ...at, today: '2026-07-09' })).toBeNull();
    expect(floatingContactDue({ ...at, today: '2026-07-10' })).toMatchObject({ months: 6, lastContact: '2026-01-10' });
  });

  it('without any contact, counts from when the member left', () => {
    expect(
      floatingContactDue({ member: floating, countFrom: '2025-01-01', months: 6, today: '2025-09-01' }),
    ).toMatchObject({
      since: '2025-03-01',
    });
  });

  it('members who are not floating are not listed', () => {
    expect(
      floatingContactDue({ member: member(), countFrom: '2020-01-01', months: 6, today: '2026-01-01' }),
    ).toBeNull();
  });
});
