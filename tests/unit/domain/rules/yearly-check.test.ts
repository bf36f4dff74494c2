import { describe, expect, it } from 'vitest';
import type { BranchCheckInput } from '../../../../renderer/src/domain/rules/yearly-check';
import { checkScore, rankBranches } from '../../../../renderer/src/domain/rules/yearly-check';

const weights = { hours: 40, attendance: 30, meetings: 30 };

function branch(id: string, order: number, overrides: Partial<BranchCheckInput> = {}): BranchCheckInput {
  return {
    branchId: id,
    branchName: `第${id}党支部`,
    order,
    members: 10,
    membersReachingTarget: 5,
    totalHours: 300,
    expected: 100,
    attended: 80,
    meetingsRequired: 20,
    meetingsHeldCounted: 20,
    ...overrides,
  };
}

describe('yearly check ranking', () => {
  it('scores with the weights: 40% × 0.5 + 30% × 0.8 + 30% × 1 = 74', () => {
    expect(checkScore({ hoursShare: 0.5, attendanceRate: 0.8, meetingRate: 1 }, weights)).toBe(74);
  });

  it('ranks highest score first', () => {
    const rows = rankBranches(
      [branch('一', 1, { membersReachingTarget: 2 }), branch('二', 2, { membersReachingTarget: 9 }), branch('三', 3)],
      weights,
    );
    expect(rows.map((r) => [r.branchId, r.rank])).toEqual([
      ['二', 1],
      ['三', 2],
      ['一', 3],
    ]);
  });

  it('equal scores share a rank, keep the organisation order, and the next rank skips', () => {
    const rows = rankBranches([branch('三', 3), branch('一', 1), branch('二', 2, { attended: 10 })], weights);
    expect(rows.map((r) => [r.branchId, r.rank])).toEqual([
      ['一', 1],
      ['三', 1],
      ['二', 3],
    ]);
  });

  it('changing the weights changes the order', () => {
    const inputs = [
      branch('一', 1, { membersReachingTarget: 10, attended: 40 }),
      branch('二', 2, { membersReachingTarget: 2, attended: 100 }),
    ];
    expect(rankBranches(inputs, { hours: 100, attendance: 0, meetings: 0 })[0]?.branchId).toBe('一');
    expect(rankBranches(inputs, { hours: 0, attendance: 100, meetings: 0 })[0]?.branchId).toBe('二');
  });

  it('a branch with no members and nothing expected scores only what was required of it', () => {
    const [row] = rankBranches(
      [
        branch('空', 1, {
          members: 0,
          membersReachingTarget: 0,
          totalHours: 0,
          expected: 0,
          attended: 0,
          meetingsRequired: 0,
          meetingsHeldCounted: 0,
        }),
      ],
      weights,
    );
    expect(row).toMatchObject({
      hoursShare: null,
      attendanceRate: null,
      meetingRate: null,
      averageHours: null,
      score: 30,
    });
  });
});
