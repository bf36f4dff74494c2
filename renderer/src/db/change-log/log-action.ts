import type { ChangeAction, ChangeLogEntry } from '../../domain/entities/change-log';
import type { LedgerDatabase } from '../database';
import { getCurrentOperator, nextLogTime } from './operator';

/** Logs what no single record write shows: a backup, a restore, an import or an export of personal data. */
export async function logAction(
  db: LedgerDatabase,
  action: ChangeAction,
  summary: string,
  details: { tableName?: string; after?: unknown } = {},
): Promise<void> {
  const line: ChangeLogEntry = {
    id: crypto.randomUUID(),
    at: nextLogTime(),
    operator: getCurrentOperator(),
    action,
    tableName: details.tableName ?? '',
    recordId: '',
    summary,
    ...(details.after === undefined ? {} : { after: details.after }),
  };
  await db.changeLog.add(line);
}
