import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import type { ReviewBallot, ReviewGrade, ReviewRound } from '../entities/review';
import { isCountedMember } from '../rules/member-standing';
import type { Prng } from './prng';

function stamp(date: IsoDate): string {
  return `${date}T02:00:00.000Z`;
}

/**
 * 民主评议党员 (条例 art. 18) of last year, decided in December: each branch's round with the members'
 * 个人总结 received, their grades (about a quarter 优秀, under the usual one-third cap; one 基本合格) and
 * the 党员互评 ballots that led to them.
 */
export function sampleReview(prng: Prng, members: readonly Member[], endDate: IsoDate) {
  const year = Number(endDate.slice(0, 4)) - 1;
  const rounds: ReviewRound[] = [];
  const ballots: ReviewBallot[] = [];
  const branchIds = [...new Set(members.map((m) => m.branchId))];
  let basicMade = false;
  for (const branchId of branchIds) {
    const own = members.filter(
      (m) => m.branchId === branchId && isCountedMember(m) && (m.joinDate ?? '') <= `${String(year)}-12-01`,
    );
    if (own.length === 0) continue;
    const decision = `${String(year)}-12-${String(prng.int(24, 28))}`;
    const grades = new Map<string, ReviewGrade>();
    // Under the one-third cap a branch sets (excellent-ceiling.ts), with room to spare.
    const cap = Math.floor(own.length * 0.3);
    let excellent = 0;
    for (const member of own) {
      const away = member.lostContact || member.note === '近期较少参加组织生活';
      let grade: ReviewGrade = 'qualified';
      if (away && !basicMade) {
        grade = 'basically-qualified';
        basicMade = true;
      } else if (!away && excellent < cap && prng.chance(0.3)) {
        grade = 'excellent';
        excellent += 1;
      }
      grades.set(member.id, grade);
    }
    const id = prng.uuid();
    rounds.push({
      id,
      createdAt: stamp(`${String(year)}-12-01`),
      updatedAt: stamp(decision),
      branchId,
      year,
      memberIds: own.map((m) => m.id),
      entries: Object.fromEntries(
        own.map((m) => [
          m.id,
          {
            ...(m.lostContact ? {} : { summaryReceivedDate: `${String(year)}-12-${String(prng.int(10, 20))}` }),
            grade: grades.get(m.id) ?? 'qualified',
          },
        ]),
      ),
      decisionDate: decision,
    });
    // Most members vote; a ballot mostly agrees with the branch's decision.
    const voters = Math.max(1, Math.round(own.length * 0.8));
    for (let i = 0; i < voters; i += 1) {
      const marks = Object.fromEntries(
        own.map((m) => {
          const decided = grades.get(m.id) ?? 'qualified';
          const mark: ReviewGrade = prng.chance(0.85)
            ? decided
            : decided === 'excellent'
              ? 'qualified'
              : prng.chance(0.5)
                ? 'excellent'
                : decided;
          return [m.id, mark];
        }),
      );
      ballots.push({
        id: prng.uuid(),
        createdAt: stamp(decision),
        updatedAt: stamp(decision),
        roundId: id,
        kind: 'peer',
        marks,
      });
    }
  }
  return { rounds, ballots };
}
