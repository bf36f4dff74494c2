import type { Member } from '../entities/member';

/**
 * Members the obligations apply to: on the books, not suspended (停止党籍, 条例 art. 24), not deceased
 * or transferred out. Everyone else is left out of warnings, targets and rates.
 */
export function isCountedMember(member: Pick<Member, 'membershipStatus' | 'partyStanding' | 'deletedAt'>): boolean {
  return member.deletedAt === undefined && member.membershipStatus === 'active' && member.partyStanding === '正常';
}
