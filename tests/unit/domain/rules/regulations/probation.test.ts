import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../../renderer/src/domain/entities/member';
import { applyMemberEvent } from '../../../../../renderer/src/domain/rules/member-status';
import {
  confirmationDateWarning,
  probationDue,
  probationEndDate,
} from '../../../../../renderer/src/domain/rules/probation';

const probationer = {
  id: 'p',
  createdAt: '',
  updatedAt: '',
  name: '预备',
  category: '预备党员',
  branchId: 'b',
  joinDate: '2025-06-15',
  partyStanding: '正常',
  lostContact: false,
  floating: false,
  membershipStatus: 'active',
  namePinyin: '',
  nameInitials: '',
} as Member;

describe('延长预备期 and 取消预备党员资格 (党章 art. 7)', () => {
  it('an extension of six months moves the due date from 15 June to 15 December', () => {
    expect(probationEndDate('2025-06-15')).toBe('2026-06-15');
    expect(probationEndDate('2025-06-15', 6)).toBe('2026-12-15');
    expect(probationEndDate('2025-06-15', 12)).toBe('2027-06-15');
  });

  it('the reminder follows the extension: not due on the old date, due 30 days before the new one', () => {
    const extended = applyMemberEvent(probationer, { type: 'probation-extended', date: '2026-06-01', months: 6 });
    expect(extended.probationExtendedMonths).toBe(6);
    expect(probationDue(probationer, '2026-06-15', 30)?.state).toBe('due-soon');
    expect(probationDue(extended, '2026-06-16', 30)).toBeNull();
    expect(probationDue(extended, '2026-11-14', 30)).toBeNull();
    expect(probationDue(extended, '2026-11-15', 30)).toMatchObject({ dueDate: '2026-12-15', extendedMonths: 6 });
  });

  it('cancelling the status takes the member off the books', () => {
    const cancelled = applyMemberEvent(probationer, { type: 'probation-cancelled', date: '2026-06-10' });
    expect(cancelled.membershipStatus).toBe('removed');
    expect(probationDue(cancelled, '2026-06-15', 30)).toBeNull();
  });

  it('a 转正 date other than the end of the (extended) 预备期 is warned about, not refused', () => {
    expect(confirmationDateWarning({ ...probationer, fullMemberDate: '2026-06-15' })).toBeNull();
    expect(confirmationDateWarning({ ...probationer, fullMemberDate: '2026-06-20' })).toContain('2026-06-15');
    expect(
      confirmationDateWarning({ ...probationer, probationExtendedMonths: 6, fullMemberDate: '2026-06-15' }),
    ).toContain('2026-12-15');
  });
});
