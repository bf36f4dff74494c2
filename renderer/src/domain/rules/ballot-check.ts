import type { BallotKind, ReviewGrade } from '../entities/review';

/**
 * Bad ballots are refused with the reason (issue 20 "Bad input"): a 党员互评 ballot comes from a member of
 * the branch, so there can be no more of them than members; a mark for someone not on the round's roster
 * cannot be on the printed 测评表.
 */
export function ballotProblem(input: {
  kind: BallotKind;
  memberIds: readonly string[];
  peerBallotsSoFar: number;
  marks: Readonly<Record<string, ReviewGrade>>;
}): string | null {
  const roster = new Set(input.memberIds);
  if (Object.keys(input.marks).some((id) => !roster.has(id)))
    return '测评表上有不在本支部本年度评议名单中的人员，不能录入。';
  if (Object.keys(input.marks).length === 0) return '这张测评表一项也没有填，不能录入。';
  if (input.kind === 'peer' && input.peerBallotsSoFar >= input.memberIds.length)
    return `党员互评票已有 ${input.peerBallotsSoFar} 张，等于本支部参评党员人数 ${input.memberIds.length}，不能再多。`;
  return null;
}

export function gradeProblem(memberId: string, memberIds: readonly string[]): string | null {
  return memberIds.includes(memberId) ? null : '此人不在本支部本年度的评议名单中，不能评定等次。';
}
