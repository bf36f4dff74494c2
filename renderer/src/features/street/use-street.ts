import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { getArchiveSettings } from '../../db/repositories/archive-settings-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { listStreetSummaries, streetSummaryYears } from '../../db/repositories/street-summary-repository';
import type { CheckWeights } from '../../domain/entities/archive-settings';
import type { StoredStreetSummary } from '../../domain/entities/street-summary';

/** The communities' summaries stored for `year`, the years that have any, and the ranking weights. */
export function useStreetSummaries(
  year: number,
): { summaries: StoredStreetSummary[]; years: number[]; weights: CheckWeights } | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [summaries, years, settings] = await Promise.all([
      listStreetSummaries(db, year),
      streetSummaryYears(db),
      getArchiveSettings(db),
    ]);
    return { summaries, years, weights: settings.checkWeights };
  }, [db, year]);
}

/** This office's name: the default community name of the package it sends. */
export function useOfficeName(): string | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await getOfficeSettings(db)).officeName, [db]);
}
