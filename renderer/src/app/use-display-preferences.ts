import { useLiveQuery } from '../ui/use-live-query';
import { useCallback, useState } from 'react';
import { DEFAULT_DISPLAY_PREFERENCES } from '../domain/entities/settings';
import type { DisplayPreferences } from '../domain/entities/settings';
import { getDisplayPreferences, saveDisplayPreferences } from '../db/repositories/settings-repository';
import { useDatabase } from './database-context';

let loadedAtStart: DisplayPreferences = DEFAULT_DISPLAY_PREFERENCES;

/** Start-up reads the preferences before the first paint, so 大字模式 never flickers in. */
export function setDisplayPreferencesAtStart(preferences: DisplayPreferences): void {
  loadedAtStart = preferences;
}

export function useDisplayPreferences(): [DisplayPreferences, (next: DisplayPreferences) => Promise<void>] {
  const db = useDatabase();
  const stored = useLiveQuery(() => getDisplayPreferences(db), [db], loadedAtStart);
  // What this component last chose shows at once, before the store's live query catches up.
  const [chosen, setChosen] = useState<DisplayPreferences | null>(null);
  const save = useCallback(
    async (next: DisplayPreferences) => {
      setChosen(next);
      try {
        await saveDisplayPreferences(db, next);
      } catch (error) {
        setChosen(null);
        throw error;
      }
    },
    [db],
  );
  return [chosen ?? stored, save];
}
