import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { LedgerDatabase } from '../db/database';

const DatabaseContext = createContext<LedgerDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: LedgerDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): LedgerDatabase {
  const db = useContext(DatabaseContext);
  if (db === null) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
