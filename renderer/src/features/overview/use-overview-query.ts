import { liveQuery } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import type { LedgerDatabase } from '../../db/database';
import { getArchiveSettings } from '../../db/repositories/archive-settings-repository';
import type { ComplianceSnapshot } from '../../db/repositories/compliance-repository';
import { loadComplianceSnapshot } from '../../db/repositories/compliance-repository';
import type { ArchiveSettings } from '../../domain/entities/archive-settings';
import type { IsoDate } from '../../domain/entities/dates';

export type OverviewData = [ComplianceSnapshot, ArchiveSettings];

interface Running {
  db: LedgerDatabase;
  today: IsoDate;
  value?: OverviewData;
  error?: Error;
  listeners: Set<() => void>;
  stop: () => void;
  idle?: ReturnType<typeof setTimeout>;
}

/** Started at start-up without a page yet: given up if the overview does not show within this time. */
const UNCLAIMED_MS = 10_000;

let running: Running | null = null;

function stopRunning(entry: Running) {
  clearTimeout(entry.idle);
  entry.stop();
  if (running === entry) running = null;
}

/**
 * The overview's live query (compliance snapshot + archive settings), one at a time. The app opens on
 * the overview, so start-up calls this as soon as the store is open, while the frame still renders;
 * the page then takes over the same query instead of starting it only after its first paint.
 */
export function startOverviewQuery(db: LedgerDatabase, today: IsoDate): Running {
  if (running !== null && running.db === db && running.today === today) return running;
  if (running !== null) stopRunning(running);
  const entry: Running = { db, today, listeners: new Set(), stop: () => undefined };
  const subscription = liveQuery(() =>
    Promise.all([loadComplianceSnapshot(db, today), getArchiveSettings(db)]),
  ).subscribe({
    next: (value) => {
      entry.value = value;
      for (const listener of entry.listeners) listener();
    },
    error: (error: unknown) => {
      entry.error = error instanceof Error ? error : new Error(String(error));
      for (const listener of entry.listeners) listener();
    },
  });
  entry.stop = () => subscription.unsubscribe();
  entry.idle = setTimeout(() => {
    if (entry.listeners.size === 0) stopRunning(entry);
  }, UNCLAIMED_MS);
  running = entry;
  return entry;
}

/** The overview's data, live; undefined until first computed. Stops when the page is left. */
export function useOverviewQuery(db: LedgerDatabase, today: IsoDate): OverviewData | undefined {
  const entry = startOverviewQuery(db, today);
  const subscribe = useCallback(
    (listener: () => void) => {
      clearTimeout(entry.idle);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        // Stopped once the page is gone; a re-subscription in the same commit keeps it running.
        entry.idle = setTimeout(() => {
          if (entry.listeners.size === 0) stopRunning(entry);
        }, 0);
      };
    },
    [entry],
  );
  const value = useSyncExternalStore(subscribe, () => entry.value);
  if (entry.error !== undefined) throw entry.error;
  return value;
}
