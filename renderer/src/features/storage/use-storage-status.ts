import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from '../../ui/use-live-query';
import type { LedgerDatabase } from '../../db/database';
import { getPlatform } from '../../platform/api';
import type { EmptyStoreNotice } from '../../platform/origin-list';
import type { PersistenceState, StorageUse } from '../../platform/storage-persistence';
import { onStoragePersistenceChange, storagePersistence, storageUse } from '../../platform/storage-persistence';
import { currentOriginNotice } from './origin-check';

/** The browser's answer to the persistence request made at start (or again from 设置). */
export function useStoragePersistence(): PersistenceState | undefined {
  return useSyncExternalStore(onStoragePersistenceChange, storagePersistence);
}

/** Usage and quota, read again whenever `version` changes (e.g. after asking for persistence again). */
export function useStorageUse(version: unknown): StorageUse | null | undefined {
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void storageUse().then((value) => current && setUse(value));
    return () => {
      current = false;
    };
  }, [version]);
  return use;
}

/** Browser mode: the "empty here, data elsewhere" notice while this origin's store is empty. */
export function useEmptyStoreNotice(db: LedgerDatabase): EmptyStoreNotice | null | undefined {
  return useLiveQuery(async () => (getPlatform().kind === 'browser' ? currentOriginNotice(db) : null), [db]);
}
