import { describe, expect, it } from 'vitest';
import { votingSchema } from '../../../../../renderer/src/domain/entities/activity';
import { minutesSheet } from '../../../../../renderer/src/documents/minutes-sheet';
import { hasQuorum, voteOutcomes } from '../../../../../renderer/src/domain/rules/votes';

describe('votes in a 支部党员大会 (发展党员工作细则)', () => {
  it('exactly half present is no quorum; one more is', () => {
    expect(hasQuorum({ expected: 10, present: 5 })).toBe(false);
    expect(hasQuorum({ expected: 10, present: 6 })).toBe(true);
  });

  it('exactly half of those with a vote in favour does not pass; more than half does', () => {
    const [half, more] = voteOutcomes({
      expected: 10,
      present: 9,
      resolutions: [
        { title: '接收张三为预备党员', yes: 5, no: 2, abstain: 2 },
        { title: '李四按期转正', yes: 6, no: 1, abstain: 2 },
      ],
    });
    expect(half).toMatchObject({ quorum: true, passed: false });
    expect(more).toMatchObject({ quorum: true, passed: true });
  });

  it('without a quorum nothing passes, and the minutes print the votes and the flag', () => {
    const voting = { expected: 10, present: 5, resolutions: [{ title: '事项', yes: 5, no: 0, abstain: 0 }] };
    expect(voteOutcomes(voting)[0]?.passed).toBe(false);
    const sheet = minutesSheet({
      title: '支部党员大会',
      typeName: '支部党员大会',
      time: '',
      place: '',
      host: '',
      recorder: '',
      expected: 12,
      present: 7,
      absentees: [],
      nonVotingAttendees: '',
      topics: '',
      speechPoints: '',
      resolutions: '',
      voting,
    });
    const resolutions = sheet.sections[2]?.paragraphs ?? [];
    expect(resolutions[0]).toBe('有表决权的应到 10 人，实到 5 人，未超过半数，不足法定人数。');
    expect(resolutions[1]).toContain('赞成 5 票，反对 0 票，弃权 0 票（到会有表决权的党员未超过半数，表决无效）');
  });

  it('more votes than members present is refused', () => {
    const check = votingSchema.safeParse({
      expected: 10,
      present: 6,
      resolutions: [{ title: '事项', yes: 5, no: 1, abstain: 1 }],
    });
    expect(check.success).toBe(false);
  });
});
