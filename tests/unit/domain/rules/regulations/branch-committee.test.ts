import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../../renderer/src/domain/entities/member';
import type { Post } from '../../../../../renderer/src/domain/entities/organisation';
import {
  branchCommittee,
  fullMembersPerBranch,
  isCommitteeMeetingType,
} from '../../../../../renderer/src/domain/rules/branch-committee';
import { cadreMemberIdsInYear } from '../../../../../renderer/src/domain/rules/cadre';
import type { FrequencyType, FrequencyUnit } from '../../../../../renderer/src/domain/rules/meeting-frequency';
import { meetingFrequencyChecks } from '../../../../../renderer/src/domain/rules/meeting-frequency';

type Counted = Pick<Member, 'branchId' | 'category' | 'membershipStatus' | 'partyStanding' | 'deletedAt'>;
const full = (branchId: string): Counted => ({
  branchId,
  category: '正式党员',
  membershipStatus: 'active',
  partyStanding: '正常',
});

describe('设支部委员会 (支部工作条例 art. 8: 7 名以上正式党员)', () => {
  it('six 正式党员 have no committee; the 7th 正式党员 brings one', () => {
    expect(branchCommittee(undefined, 6).hasCommittee).toBe(false);
    expect(branchCommittee(undefined, 7).hasCommittee).toBe(true);
  });

  it('预备党员, suspended and transferred-out members do not count toward the seven', () => {
    const members: Counted[] = [
      ...Array.from({ length: 6 }, () => full('b1')),
      { ...full('b1'), category: '预备党员' },
      { ...full('b1'), partyStanding: '停止党籍' },
      { ...full('b1'), membershipStatus: 'transferred-out' },
      { ...full('b1'), deletedAt: '2026-01-01T00:00:00Z' },
    ];
    const count = fullMembersPerBranch(members).get('b1') ?? 0;
    expect(count).toBe(6);
    expect(branchCommittee(undefined, count).hasCommittee).toBe(false);
  });

  it('the office can override the count either way', () => {
    expect(branchCommittee(true, 5)).toMatchObject({ hasCommittee: true, overridden: true });
    expect(branchCommittee(false, 12)).toMatchObject({ hasCommittee: false, overridden: true });
  });

  it('recognises the 支委会 type by its built-in id or its name', () => {
    expect(isCommitteeMeetingType({ id: 'a0c71e00-5e1f-4a11-8000-000000000002', name: '改了名' })).toBe(true);
    expect(isCommitteeMeetingType({ id: 'x', name: '支委会' })).toBe(true);
    expect(isCommitteeMeetingType({ id: 'x', name: '支部党员大会' })).toBe(false);
  });
});

describe('a branch without a committee', () => {
  const committeeType: FrequencyType = {
    id: 't-c',
    name: '支部委员会会议',
    frequency: { period: 'month', times: 1, level: 'branch' },
    needsCommittee: true,
  };
  const small: FrequencyUnit = { id: 'small', name: '小支部', kind: 'branch', hasCommittee: false };
  const big: FrequencyUnit = { id: 'big', name: '大支部', kind: 'branch', hasCommittee: true };

  it('owes no 支委会, while a branch with one does', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-03-15',
      units: [small, big],
      types: [committeeType],
      activities: [],
    });
    expect(checks.filter((c) => c.unitId === 'small')).toHaveLength(0);
    expect(checks.filter((c) => c.unitId === 'big' && c.status === 'missed')).toHaveLength(2);
  });

  it('its 委员 post carries no 56-学时 target, its 书记 keeps it', () => {
    const post = (memberId: string, title: Post['title'], orgUnitId: string): Post => ({
      id: memberId,
      createdAt: '',
      updatedAt: '',
      orgUnitId,
      memberId,
      title,
      startDate: '2020-01-01',
    });
    const posts = [post('s', '书记', 'small'), post('w', '组织委员', 'small'), post('b', '组织委员', 'big')];
    expect([...cadreMemberIdsInYear(posts, 2026, new Set(['small']))].sort()).toEqual(['b', 's']);
    expect([...cadreMemberIdsInYear(posts, 2026)].sort()).toEqual(['b', 's', 'w']);
  });
});
