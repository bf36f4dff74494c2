import type { Member } from '../../../../renderer/src/domain/entities/member';

/** A counted member with the fields the rules read; override what a case needs. */
export function member(overrides: Partial<Member> = {}): Member {
  return {
    id: 'm1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: '王某某',
    category: '正式党员',
    branchId: 'b1',
    partyStanding: '正常',
    lostContact: false,
    floating: false,
    membershipStatus: 'active',
    namePinyin: 'wangmoumou',
    nameInitials: 'wmm',
    joinDate: '2000-07-01',
    ...overrides,
  };
}
