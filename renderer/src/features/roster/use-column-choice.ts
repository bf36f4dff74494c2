import { useCallback, useEffect, useState } from 'react';
import { ROSTER_COLUMNS } from './roster-columns';

const STORAGE_KEY = 'party-edu-ledger.roster.columns';

/** Under 1280 px (a 1024 or 1152 screen, or a window not maximised) fewer columns are shown by default. */
export type WidthClass = 'narrow' | 'wide';

function widthClassOf(width: number): WidthClass {
  return width < 1280 ? 'narrow' : 'wide';
}

// The wide class keeps the key used before width classes, so a choice made earlier is not lost.
const storageKey = (widthClass: WidthClass) => (widthClass === 'wide' ? STORAGE_KEY : `${STORAGE_KEY}.narrow`);

function storedColumns(widthClass: WidthClass): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(widthClass)) ?? 'null') as unknown;
    if (Array.isArray(stored) && stored.every((key) => typeof key === 'string')) return stored;
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return ROSTER_COLUMNS.filter((column) =>
    widthClass === 'narrow' ? column.narrowVisible === true : column.defaultVisible,
  ).map((column) => column.key);
}

/** Which roster columns are shown; remembered on this PC for each width class of the window. */
export function useColumnChoice(): [string[], (keys: string[]) => void, WidthClass] {
  const [widthClass, setWidthClass] = useState<WidthClass>(() => widthClassOf(window.innerWidth));
  const [choice, setChoice] = useState(() => ({ widthClass, keys: storedColumns(widthClass) }));
  useEffect(() => {
    const onResize = () => setWidthClass(widthClassOf(window.innerWidth));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const keys = choice.widthClass === widthClass ? choice.keys : storedColumns(widthClass);
  const choose = useCallback(
    (next: string[]) => {
      setChoice({ widthClass, keys: next });
      localStorage.setItem(storageKey(widthClass), JSON.stringify(next));
    },
    [widthClass],
  );
  return [keys, choose, widthClass];
}
