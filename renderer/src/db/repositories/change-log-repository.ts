import type { ChangeAction, ChangeLogEntry } from '../../domain/entities/change-log';
import type { LedgerDatabase } from '../database';

export interface ChangeLogFilter {
  action: ChangeAction | '';
  tableName: string;
  /** Free text searched in the operator, summary, record id and new values. */
  text: string;
  /** ISO date; '' for no lower bound. */
  from: string;
}

/** The change log, newest first (by the `at` index), at most `limit` lines. */
export function listChangeLog(db: LedgerDatabase, filter: ChangeLogFilter, limit: number): Promise<ChangeLogEntry[]> {
  const { action, tableName, text, from } = filter;
  return db.changeLog
    .orderBy('at')
    .reverse()
    .filter(
      (line) =>
        (action === '' || line.action === action) &&
        (tableName === '' || line.tableName === tableName) &&
        (from === '' || line.at >= from) &&
        (text === '' ||
          `${line.operator} ${line.summary} ${line.recordId} ${JSON.stringify(line.after ?? '')}`.includes(text)),
    )
    .limit(limit)
    .toArray();
}
