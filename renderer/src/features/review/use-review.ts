import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { getLedgerSettings } from '../../db/repositories/ledger-settings-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import { ballotsOfRound, listReviewRounds } from '../../db/repositories/review-repository';
import { loadReviewRoundView } from '../../db/repositories/review-round-view';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { todayIso } from '../../domain/entities/dates';
import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { ReviewRound } from '../../domain/entities/review';

export interface ReviewYear {
  branches: OrgUnit[];
  rounds: ReviewRound[];
  ballotCounts: Map<string, number>;
  settings: LedgerSettings;
}

export function useReviewYear(year: number): ReviewYear | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [units, rounds, settings] = await Promise.all([
      listOrgUnits(db),
      listReviewRounds(db, year),
      getLedgerSettings(db),
    ]);
    const counts = await Promise.all(rounds.map((round) => ballotsOfRound(db, round.id)));
    return {
      branches: units.filter((unit) => unit.kind === 'branch'),
      rounds,
      ballotCounts: new Map(rounds.map((round, index) => [round.id, counts[index]?.length ?? 0])),
      settings,
    };
  }, [db, year]);
}

/** undefined while loading, null when the round is gone. */
export function useReviewRoundView(roundId: string): ReviewRoundView | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadReviewRoundView(db, roundId, todayIso()), [db, roundId]);
}
