import type { CareRound, CareVisit } from '../entities/care';
import { sumFen } from './money';

/** How far a 七一 / 春节 round has got: who on its list has been visited, signed for, and the money given. */
export interface CareRoundProgress {
  total: number;
  visited: number;
  signed: number;
  amountFen: number;
  visitedIds: Set<string>;
}

export function careRoundProgress(
  round: Pick<CareRound, 'id' | 'memberIds'>,
  visits: readonly Pick<CareVisit, 'memberId' | 'roundId' | 'signed' | 'amountFen' | 'deletedAt'>[],
): CareRoundProgress {
  const listed = new Set(round.memberIds);
  const live = visits.filter((v) => v.deletedAt === undefined && v.roundId === round.id && listed.has(v.memberId));
  const visitedIds = new Set(live.map((v) => v.memberId));
  const signedIds = new Set(live.filter((v) => v.signed).map((v) => v.memberId));
  return {
    total: listed.size,
    visited: visitedIds.size,
    signed: signedIds.size,
    amountFen: sumFen(live.map((v) => v.amountFen)),
    visitedIds,
  };
}
