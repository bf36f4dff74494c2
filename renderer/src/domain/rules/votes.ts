import type { Voting } from '../entities/activity';
import { moreThanHalfOf } from './branch-vote';

/**
 * The votes of a 支部党员大会 as its minutes record them, by the rule of branch-vote.ts (发展党员工作细则
 * art. 24, 33): valid only when more than half of the members with a vote are present; a resolution
 * passes only when its yes votes are more than half of those who should attend.
 */
export interface VoteOutcome {
  title: string;
  quorum: boolean;
  passed: boolean;
  /** As printed in the minutes. */
  text: string;
}

export function hasQuorum(voting: Pick<Voting, 'expected' | 'present'>): boolean {
  return voting.present >= moreThanHalfOf(voting.expected);
}

export function voteOutcomes(voting: Voting): VoteOutcome[] {
  const quorum = hasQuorum(voting);
  return voting.resolutions.map((resolution, index) => {
    const passed = quorum && resolution.yes >= moreThanHalfOf(voting.expected);
    const verdict = !quorum
      ? '到会有表决权的党员未超过半数，表决无效'
      : passed
        ? '赞成票超过应到会有表决权党员的半数，通过'
        : '赞成票未超过应到会有表决权党员的半数，未通过';
    return {
      title: resolution.title,
      quorum,
      passed,
      text: `表决事项${index + 1}：${resolution.title}。赞成 ${resolution.yes} 票，反对 ${resolution.no} 票，弃权 ${resolution.abstain} 票（${verdict}）。`,
    };
  });
}

/** The line that opens the votes in the minutes. */
export function votingAttendanceText(voting: Pick<Voting, 'expected' | 'present'>): string {
  return `有表决权的应到 ${voting.expected} 人，实到 ${voting.present} 人${hasQuorum(voting) ? '，超过半数' : '，未超过半数，不足法定人数'}。`;
}
