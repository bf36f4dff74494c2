import type { Member } from '../entities/member';
import type { PostTitle } from '../entities/organisation';
import { isCountedMember } from './member-standing';

/**
 * 中国共产党支部工作条例（试行）2018, ch. 组织设置 (art. 8): a branch with 7 or more 正式党员 elects a
 * 支部委员会; a smaller one has only a 书记 (and possibly a 副书记) and holds no 支委会. The default comes
 * from the count of 正式党员 on the books; the office may override it either way (e.g. a branch that has
 * just dropped to six keeps its committee until the next election).
 */
export const COMMITTEE_MIN_FULL_MEMBERS = 7;

/** 正式党员 the rule counts: on the books, not suspended (预备党员 have no vote and do not count). */
export function countsTowardCommittee(
  member: Pick<Member, 'category' | 'membershipStatus' | 'partyStanding' | 'deletedAt'>,
): boolean {
  return isCountedMember(member) && member.category === '正式党员';
}

/** The number of 正式党员 per branch id. */
export function fullMembersPerBranch(
  members: readonly Pick<Member, 'branchId' | 'category' | 'membershipStatus' | 'partyStanding' | 'deletedAt'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members) {
    if (countsTowardCommittee(member)) counts.set(member.branchId, (counts.get(member.branchId) ?? 0) + 1);
  }
  return counts;
}

export interface CommitteeStatus {
  hasCommittee: boolean;
  /** Whether the office set it (true) or it follows the count (false). */
  overridden: boolean;
  fullMembers: number;
  /** In words, for the organisation page. */
  explanation: string;
}

export function branchCommittee(override: boolean | undefined, fullMembers: number): CommitteeStatus {
  const derived = fullMembers >= COMMITTEE_MIN_FULL_MEMBERS;
  if (override !== undefined) {
    return {
      hasCommittee: override,
      overridden: true,
      fullMembers,
      explanation: `${override ? '设' : '不设'}支部委员会（手动设定；正式党员 ${fullMembers} 名）`,
    };
  }
  return {
    hasCommittee: derived,
    overridden: false,
    fullMembers,
    explanation: derived
      ? `设支部委员会（正式党员 ${fullMembers} 名，达到 ${COMMITTEE_MIN_FULL_MEMBERS} 名）`
      : `不设支部委员会，只设书记（正式党员 ${fullMembers} 名，不足 ${COMMITTEE_MIN_FULL_MEMBERS} 名）`,
  };
}

/** The built-in 支部委员会会议 type (default-activity-types.ts); an office's own type named so counts too. */
export const BRANCH_COMMITTEE_MEETING_TYPE_ID = 'a0c71e00-5e1f-4a11-8000-000000000002';

export function isCommitteeMeetingType(type: { id: string; name: string }): boolean {
  return type.id === BRANCH_COMMITTEE_MEETING_TYPE_ID || /支委会|支部委员会/.test(type.name);
}

/**
 * Posts that exist only in a committee: a branch without one has a 书记 (and 副书记) but no 委员, so a
 * 委员 post recorded there does not carry the 56-学时 cadre target.
 */
export const COMMITTEE_ONLY_POSTS: readonly PostTitle[] = ['组织委员', '宣传委员', '纪检委员', '青年委员', '委员'];
