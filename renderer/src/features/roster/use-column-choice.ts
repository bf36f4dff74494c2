import { useCallback, useState } from 'react';
import { ROSTER_COLUMNS } from './roster-columns';

const STORAGE_KEY = 'party-edu-ledger.roster.columns';

function initialColumns(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (Array.isArray(stored) && stored.every((key) => typeof key === 'string')) return stored;
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return ROSTER_COLUMNS.filter((column) => column.defaultVisible).map((column) => column.key);
}

/** Which roster columns are shown; remembered on this PC. */
export function useColumnChoice(): [string[], (keys: string[]) => void] {
  const [keys, setKeys] = useState(initialColumns);
  const choose = useCallback((next: string[]) => {
    setKeys(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  }, []);
  return [keys, choose];
}
