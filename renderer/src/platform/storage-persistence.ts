/**
 * Whether the browser may evict the ledger's storage. Browser mode: IndexedDB is "best effort" unless
 * `navigator.storage.persist()` is granted, and may then be deleted under disk pressure. Electron: the
 * store lives in the app's own profile under userData, which no browser housekeeping touches.
 */
export type PersistenceState = 'app-profile' | 'granted' | 'refused' | 'unsupported';

let state: PersistenceState | undefined;
const listeners = new Set<() => void>();

function settle(next: PersistenceState): PersistenceState {
  state = next;
  for (const listener of listeners) listener();
  return next;
}

/** navigator.storage is missing outside secure contexts, whatever the DOM typings say. */
function storageManager(): StorageManager | undefined {
  return 'storage' in navigator ? navigator.storage : undefined;
}

/** Asks the browser to keep the store (at start, and again when the user asks) and records the answer. */
export async function requestStoragePersistence(kind: 'electron' | 'browser'): Promise<PersistenceState> {
  const storage = storageManager();
  if (kind === 'electron') {
    // Asked anyway, as a second line; the profile is the app's own whatever the answer.
    void storage?.persist().catch(() => false);
    return settle('app-profile');
  }
  if (storage === undefined || typeof storage.persist !== 'function') return settle('unsupported');
  try {
    return settle((await storage.persist()) ? 'granted' : 'refused');
  } catch {
    return settle('refused');
  }
}

/** The last answer; undefined until the first request has settled. */
export function storagePersistence(): PersistenceState | undefined {
  return state;
}

export function onStoragePersistenceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** How much this origin stores and may store; null when the browser does not say. */
export async function storageUse(): Promise<StorageUse | null> {
  const storage = storageManager();
  if (storage === undefined || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
