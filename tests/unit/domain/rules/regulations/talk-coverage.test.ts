import { describe, expect, it } from 'vitest';
import { talkCoverage } from '../../../../../renderer/src/domain/rules/talk-coverage';

describe('谈心谈话 as pairs (支部工作条例 art. 19)', () => {
  it('a member is covered by a talk with a committee member; committee members need another one', () => {
    const coverage = talkCoverage({
      memberIds: ['sec', 'w1', 'a', 'b', 'c'],
      committeeIds: new Set(['sec', 'w1']),
      talks: [
        { date: '2026-03-01', memberIds: ['sec', 'a'] },
        { date: '2026-04-01', memberIds: ['b', 'c'] },
        { date: '2026-05-01', memberIds: ['sec', 'w1'] },
      ],
    });
    expect(coverage.map((row) => [row.memberId, row.covered])).toEqual([
      ['sec', true],
      ['w1', true],
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
    expect(coverage[0]?.lastTalk).toBe('2026-05-01');
  });

  it('a committee member alone in a talk does not cover himself', () => {
    expect(
      talkCoverage({
        memberIds: ['sec'],
        committeeIds: new Set(['sec']),
        talks: [{ date: '2026-01-01', memberIds: ['sec'] }],
      })[0]?.covered,
    ).toBe(false);
  });
});
