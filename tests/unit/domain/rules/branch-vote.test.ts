import { describe, expect, it } from 'vitest';
import { checkBranchVote } from '../../../../renderer/src/domain/rules/branch-vote';

const vote = (entitled: number, present: number, yes: number, no = 0, abstain = 0) =>
  checkBranchVote({ entitled, present, yes, no, abstain });

describe('支部大会 vote (quorum and majority of those entitled)', () => {
  it('exactly half present is no quorum; one more is', () => {
    expect(vote(10, 5, 5).quorum).toBe(false);
    expect(vote(10, 6, 6).quorum).toBe(true);
    expect(vote(9, 4, 4).quorum).toBe(false);
    expect(vote(9, 5, 5).quorum).toBe(true);
  });

  it('yes must exceed half of those entitled, not of those present', () => {
    expect(vote(10, 8, 5, 3).passed).toBe(false);
    expect(vote(10, 8, 6, 2).passed).toBe(true);
    expect(vote(10, 6, 5, 0, 1).passed).toBe(false);
  });

  it('without a quorum nothing passes even with every vote yes', () => {
    expect(vote(10, 5, 5).passed).toBe(false);
  });

  it('counts larger than their whole are problems', () => {
    expect(vote(5, 6, 3).problems).toContain('实到人数不能多于应到人数');
    expect(vote(5, 4, 3, 1, 1).problems).toContain('赞成、反对、弃权合计不能多于实到人数');
    expect(vote(5, 4, 3, 1, 1).passed).toBe(false);
  });
});
