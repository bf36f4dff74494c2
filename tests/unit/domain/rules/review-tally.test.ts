import { describe, expect, it } from 'vitest';
import { ballotProblem, gradeProblem } from '../../../../renderer/src/domain/rules/ballot-check';
import { correctionsDue } from '../../../../renderer/src/domain/rules/correction-due';
import { correctionDeadlineProblem } from '../../../../renderer/src/domain/rules/correction-deadline';
import { excellentCeilingWarning, maxExcellent } from '../../../../renderer/src/domain/rules/excellent-ceiling';
import { gradeShares, tallyBallots } from '../../../../renderer/src/domain/rules/review-tally';

describe('ballot tallies (民主评议党员)', () => {
  it('counts each grade per member over the returned ballots and ignores marks for strangers', () => {
    const tally = tallyBallots(
      ['a', 'b'],
      [
        { kind: 'peer', marks: { a: 'excellent', b: 'qualified' } },
        { kind: 'peer', marks: { a: 'excellent', b: 'unqualified', x: 'excellent' } },
        { kind: 'public', marks: { a: 'qualified' } },
      ],
    );
    expect(tally.get('a')?.counts).toEqual({ excellent: 2, qualified: 1, 'basically-qualified': 0, unqualified: 0 });
    expect(tally.get('a')?.leading).toBe('excellent');
    expect(tally.get('b')?.marked).toBe(2);
    expect(tally.has('x')).toBe(false);
  });

  it('a tie goes to the lower grade, and a member no ballot marked has no leading grade', () => {
    const tally = tallyBallots(
      ['a', 'b'],
      [
        { kind: 'peer', marks: { a: 'excellent' } },
        { kind: 'peer', marks: { a: 'qualified' } },
      ],
    );
    expect(tally.get('a')?.leading).toBe('qualified');
    expect(tally.get('b')?.leading).toBeUndefined();
  });

  it('can count one kind of ballot only', () => {
    const tally = tallyBallots(
      ['a'],
      [
        { kind: 'peer', marks: { a: 'excellent' } },
        { kind: 'public', marks: { a: 'qualified' } },
      ],
      'public',
    );
    expect(tally.get('a')?.counts.excellent).toBe(0);
    expect(tally.get('a')?.counts.qualified).toBe(1);
  });

  it('grade shares are of all members in the round, graded or not', () => {
    const shares = gradeShares(['excellent', 'qualified', 'qualified', undefined]);
    expect(shares.counts.qualified).toBe(2);
    expect(shares.graded).toBe(3);
    expect(shares.shares.excellent).toBe(0.25);
    expect(gradeShares([]).shares.excellent).toBe(0);
  });
});

describe('the 优秀 ceiling', () => {
  it('33% of 30 members allows 9 (never rounds up), of 3 allows 0', () => {
    expect(maxExcellent(30, 33)).toBe(9);
    expect(maxExcellent(3, 33)).toBe(0);
    expect(maxExcellent(10, 30)).toBe(3);
  });

  it('warns one above the ceiling, not at it', () => {
    expect(excellentCeilingWarning(9, 30, 33)).toBeNull();
    expect(excellentCeilingWarning(10, 30, 33)).toContain('至多 9 人');
    expect(excellentCeilingWarning(0, 0, 33)).toBeNull();
  });
});

describe('bad ballots and grades are refused', () => {
  const memberIds = ['a', 'b'];
  it('no more 互评 ballots than members; 群众评议 ballots are not capped', () => {
    expect(ballotProblem({ kind: 'peer', memberIds, peerBallotsSoFar: 1, marks: { a: 'qualified' } })).toBeNull();
    expect(ballotProblem({ kind: 'peer', memberIds, peerBallotsSoFar: 2, marks: { a: 'qualified' } })).toContain(
      '不能再多',
    );
    expect(ballotProblem({ kind: 'public', memberIds, peerBallotsSoFar: 2, marks: { a: 'qualified' } })).toBeNull();
  });

  it('a mark for someone not on the roster, or an empty ballot', () => {
    expect(ballotProblem({ kind: 'peer', memberIds, peerBallotsSoFar: 0, marks: { z: 'qualified' } })).toContain(
      '不在本支部',
    );
    expect(ballotProblem({ kind: 'peer', memberIds, peerBallotsSoFar: 0, marks: {} })).toContain('一项也没有');
    expect(gradeProblem('z', memberIds)).toContain('不在本支部');
    expect(gradeProblem('a', memberIds)).toBeNull();
  });

  it('限期改正 is at most one year (条例 art. 30)', () => {
    expect(correctionDeadlineProblem('2026-01-15', '2027-01-15')).toBeNull();
    expect(correctionDeadlineProblem('2026-01-15', '2027-01-16')).toContain('最长一年');
    expect(correctionDeadlineProblem('2026-01-15', '2026-01-15')).toContain('晚于');
  });
});

describe('限期改正 cases in the overview', () => {
  it('an open case past its deadline is overdue, one within 30 days is due soon, a closed one never warns', () => {
    const cases = [
      { id: 'a', deadline: '2026-06-30' },
      { id: 'b', deadline: '2026-07-31' },
      { id: 'c', deadline: '2026-08-01' },
      { id: 'd', deadline: '2026-06-01', outcome: 'corrected' as const },
    ];
    const due = correctionsDue(cases, '2026-07-01');
    expect(due.overdue.map((c) => c.id)).toEqual(['a']);
    expect(due.dueSoon.map((c) => c.id)).toEqual(['b']);
  });
});
