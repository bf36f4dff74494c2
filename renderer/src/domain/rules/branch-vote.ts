/**
 * A 支部党员大会 vote on admitting or confirming a member (《中国共产党发展党员工作细则》2014, art. 24 and
 * art. 33; 支部工作条例 art. 11): the meeting may vote only when MORE than half of the members with a vote
 * are present, and a resolution passes only when the "yes" votes are MORE than half of the members with a
 * vote who should attend (not of those present). 预备党员 have no vote (党章 art. 7). Exactly half is not
 * enough in either case.
 */
export interface BranchVote {
  /** 有表决权的应到人数 */
  entitled: number;
  /** 有表决权的实到人数 */
  present: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface BranchVoteResult {
  quorum: boolean;
  passed: boolean;
  /** Smallest number present that makes a quorum. */
  quorumNeeded: number;
  /** Smallest number of yes votes that passes. */
  yesNeeded: number;
  /** Chinese reasons the numbers cannot be right (a count larger than its whole); empty when consistent. */
  problems: string[];
}

/** The smallest count that is MORE than half of `entitled`: the quorum and the yes votes a resolution needs. */
export function moreThanHalfOf(entitled: number): number {
  return Math.floor(entitled / 2) + 1;
}

export function checkBranchVote(vote: BranchVote): BranchVoteResult {
  const problems: string[] = [];
  const counts = [vote.entitled, vote.present, vote.yes, vote.no, vote.abstain];
  if (counts.some((count) => !Number.isInteger(count) || count < 0)) problems.push('人数应为不小于 0 的整数');
  if (vote.entitled < 1) problems.push('有表决权的应到人数至少为 1');
  if (vote.present > vote.entitled) problems.push('实到人数不能多于应到人数');
  if (vote.yes + vote.no + vote.abstain > vote.present) problems.push('赞成、反对、弃权合计不能多于实到人数');
  const quorumNeeded = moreThanHalfOf(vote.entitled);
  const yesNeeded = moreThanHalfOf(vote.entitled);
  const quorum = problems.length === 0 && vote.present >= quorumNeeded;
  const passed = quorum && vote.yes >= yesNeeded;
  return { quorum, passed, quorumNeeded, yesNeeded, problems };
}

/** One line for minutes and papers: 应到 9 人，实到 7 人；赞成 6 票，反对 1 票，弃权 0 票。 */
export function describeBranchVote(vote: BranchVote): string {
  return `有表决权的党员应到 ${vote.entitled} 人，实到 ${vote.present} 人；赞成 ${vote.yes} 票，反对 ${vote.no} 票，弃权 ${vote.abstain} 票`;
}
