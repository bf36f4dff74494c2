import { useEffect, useState } from 'react';

export interface StoredDraft<T> {
  savedAt: string;
  value: T;
}

function read<T>(key: string): StoredDraft<T> | null {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as StoredDraft<T>);
  } catch {
    return null;
  }
}

/**
 * Keeps what is being typed into a long form in localStorage (beside, never instead of, the ledger),
 * so a crash or a power cut loses nothing: the next visit offers the draft back. `dirty` says whether
 * the value differs from what is saved; a clean form keeps no draft.
 */
export function useLocalDraft<T>(key: string, value: T, dirty: boolean) {
  const [offered, setOffered] = useState<StoredDraft<T> | null>(() => read<T>(key));
  useEffect(() => {
    // An offered draft stays untouched until the person restores or discards it.
    if (offered !== null) return;
    const timer = window.setTimeout(() => {
      try {
        if (dirty) window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), value }));
        else window.localStorage.removeItem(key);
      } catch {
        // A full or disabled localStorage only loses the safety copy, never the form.
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [key, value, dirty, offered]);
  return {
    offered,
    /** The person took the draft back (the caller has put it into the form) or threw it away. */
    settle: () => setOffered(null),
    /** After a successful save: the ledger has it now. */
    clear: () => {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
  };
}
