import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ChangeAction, ChangeLogEntry } from '../../domain/entities/change-log';
import { getCurrentOperator, nextLogTime } from './operator';

export const CHANGE_LOG_TABLE = 'changeLog';

/**
 * Tables whose writes are not logged: the log itself, derived data that is recomputed from
 * attendance (logging it would only repeat the attendance entries), and the purge tombstones (the
 * purge logs its own line).
 */
export const UNLOGGED_TABLES: ReadonlySet<string> = new Set([CHANGE_LOG_TABLE, 'studySummaries', 'tombstones']);

/** Above this many records in one write, one summary line is logged instead of one line per record. */
export const PER_RECORD_LIMIT = 20;
const SUMMARY_ID_LIMIT = 50;

interface IdbLikeTransaction {
  mode?: string;
  objectStoreNames?: { contains(name: string): boolean };
}

/**
 * Settings whose value is a secret (the app-lock password's hash and salt): the log says that it
 * changed, never what it is, since the log travels in every backup and is shown on screen.
 */
export const SECRET_SETTINGS: ReadonlySet<string> = new Set(['appLock']);
export const REDACTED = '[已隐藏]';

function redacted(tableName: string, value: unknown): unknown {
  if (tableName !== 'settings' || typeof value !== 'object' || value === null) return value;
  const key = (value as { key?: unknown }).key;
  return typeof key === 'string' && SECRET_SETTINGS.has(key) ? { ...value, value: REDACTED } : value;
}

/** Blobs (attached files) are not copied into the log; their size is enough to tell what changed. */
export function loggable(value: unknown, tableName = ''): unknown {
  value = redacted(tableName, value);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = typeof Blob !== 'undefined' && field instanceof Blob ? `[文件 ${field.size} 字节]` : field;
  }
  return copy;
}

function deletedAtOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { deletedAt?: unknown }).deletedAt : undefined;
}

function actionFor(before: unknown, after: unknown): ChangeAction | null {
  if (after === undefined) return before === undefined ? null : 'delete';
  if (before === undefined) return 'create';
  if (deletedAtOf(before) === undefined && deletedAtOf(after) !== undefined) return 'delete';
  if (deletedAtOf(before) !== undefined && deletedAtOf(after) === undefined) return 'restore';
  return 'update';
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

function entry(fields: Omit<ChangeLogEntry, 'id' | 'at' | 'operator'>): ChangeLogEntry {
  return { id: crypto.randomUUID(), at: nextLogTime(), operator: getCurrentOperator(), ...fields };
}

function primaryKeys(table: DBCoreTable, request: DBCoreMutateRequest): unknown[] | null {
  if (request.type === 'delete') return request.keys as unknown[];
  if (request.type === 'deleteRange') return null;
  if (Array.isArray(request.keys)) return request.keys as unknown[];
  if (request.type === 'put' && request.updates !== undefined) return request.updates.keys as unknown[];
  const extractKey = table.schema.primaryKey.extractKey;
  if (extractKey === null) return null;
  return request.values.map((value) => extractKey(value) as unknown);
}

function recordCount(request: DBCoreMutateRequest): number {
  if (request.type === 'deleteRange') return Number.POSITIVE_INFINITY;
  if (request.type === 'delete') return request.keys.length;
  if (request.type === 'put' && request.updates !== undefined) return request.updates.keys.length;
  return request.values.length;
}

function shouldLog(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IdbLikeTransaction;
  // Schema upgrades rewrite rows in a versionchange transaction: that is not a user's change.
  if (idb.mode === 'versionchange') return false;
  return idb.objectStoreNames?.contains(CHANGE_LOG_TABLE) ?? false;
}

function bulkSummary(request: DBCoreMutateRequest, keys: unknown[] | null): string {
  const verb = request.type === 'add' ? '批量新增' : request.type === 'put' ? '批量写入' : '批量删除';
  if (keys === null) return `${verb}（按范围）`;
  return `${verb} ${keys.length} 条`;
}

function loggedTable(down: DBCoreTable, log: DBCoreTable): DBCoreTable {
  return {
    ...down,
    async mutate(request) {
      if (!shouldLog(request.trans)) return down.mutate(request);
      const keys = primaryKeys(down, request);
      const perRecord = keys !== null && recordCount(request) <= PER_RECORD_LIMIT;
      const before = perRecord ? await down.getMany({ trans: request.trans, keys }) : [];
      const response = await down.mutate(request);
      let entries: ChangeLogEntry[];
      if (perRecord) {
        const after = request.type === 'delete' ? [] : await down.getMany({ trans: request.trans, keys });
        entries = keys.flatMap((key, index) => {
          const old: unknown = before[index];
          const now: unknown = after[index];
          const action = actionFor(old, now);
          if (action === null || (action === 'update' && JSON.stringify(old) === JSON.stringify(now))) return [];
          return [
            entry({
              action,
              tableName: down.name,
              recordId: keyText(key),
              summary: '',
              ...(old === undefined ? {} : { before: loggable(old, down.name) }),
              ...(now === undefined ? {} : { after: loggable(now, down.name) }),
            }),
          ];
        });
      } else {
        const action: ChangeAction = request.type === 'add' ? 'create' : request.type === 'put' ? 'update' : 'delete';
        entries = [
          entry({
            action,
            tableName: down.name,
            recordId: '',
            summary: bulkSummary(request, keys),
            ...(keys === null ? {} : { after: { ids: keys.slice(0, SUMMARY_ID_LIMIT).map(keyText) } }),
          }),
        ];
      }
      if (entries.length > 0) await log.mutate({ type: 'add', trans: request.trans, values: entries });
      return response;
    },
  };
}

/**
 * Logs every write to a user table in the 操作日志, inside the same transaction as the write: a write
 * that rolls back leaves no log line, and no feature has to remember to log. Every read-write
 * transaction gets the log table added to its scope for that.
 */
export function changeLogMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'changeLog',
    create(down) {
      if (!down.schema.tables.some((table) => table.name === CHANGE_LOG_TABLE)) return down;
      const log = down.table(CHANGE_LOG_TABLE);
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope =
            mode === 'readwrite' && !stores.includes(CHANGE_LOG_TABLE) && stores.some((s) => !UNLOGGED_TABLES.has(s))
              ? [...stores, CHANGE_LOG_TABLE]
              : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return UNLOGGED_TABLES.has(name) ? table : loggedTable(table, log);
        },
      };
    },
  };
}
