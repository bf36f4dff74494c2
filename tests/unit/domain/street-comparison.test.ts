import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_WEIGHTS } from '../../../renderer/src/domain/entities/archive-settings';
import { compareCommunities } from '../../../renderer/src/domain/rules/street-comparison';
import { branch, summary } from '../../fixtures/street-summaries';

describe('street roll-up: communities side by side', () => {
  it("adds up each community's branches and ranks communities by the yearly check's score", () => {
    const strong = summary('幸福社区', [branch(), branch({ name: '第二党支部', membersReachingTarget: 10 })]);
    const weak = summary('和平社区', [branch({ membersReachingTarget: 0, attended: 40, meetingsHeld: 10 })]);
    const rows = compareCommunities([weak, strong], DEFAULT_CHECK_WEIGHTS);
    expect(rows.map((row) => [row.rank, row.community])).toEqual([
      [1, '幸福社区'],
      [2, '和平社区'],
    ]);
    const [first] = rows;
    expect(first?.members).toBe(20);
    expect(first?.membersReachingTarget).toBe(15);
    expect(first?.totalHours).toBe(600);
    expect(first?.averageHours).toBe(30);
    expect(first?.warnings.lifeGaps).toBe(2);
    expect(first?.warnings.behindPace).toBe(4);
    expect(first?.branches).toBe(2);
    // 40 × 0.75 + 30 × 0.8 + 30 × 1 = 84 of 100
    expect(first?.score).toBe(84);
  });

  it('equal scores share a rank and the next rank skips', () => {
    const rows = compareCommunities(
      [summary('甲社区', [branch()]), summary('乙社区', [branch()]), summary('丙社区', [branch({ attended: 0 })])],
      DEFAULT_CHECK_WEIGHTS,
    );
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 3]);
  });

  it('a month with nothing expected has no attendance rate, not 0%', () => {
    const [row] = compareCommunities([summary('甲社区', [branch()])], DEFAULT_CHECK_WEIGHTS);
    expect(row?.monthlyAttendanceRate[0]).toBe(0.8);
    expect(row?.monthlyAttendanceRate[11]).toBeNull();
    expect(row?.monthlyMeetingsHeld[0]).toBe(2);
  });

  it('a community without members scores nothing for hours and attendance', () => {
    const [row] = compareCommunities(
      [summary('空社区', [branch({ members: 0, membersReachingTarget: 0, expected: 0, attended: 0 })])],
      DEFAULT_CHECK_WEIGHTS,
    );
    expect(row?.hoursShare).toBeNull();
    expect(row?.score).toBe(30);
  });
});
