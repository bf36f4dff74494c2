import type { BaseRecord, NewRecord } from '../domain/entities/record';

export function nowIso(): string {
  return new Date().toISOString();
}

/** Gives new data its identity: a UUID (mergeable across PCs) and its timestamps. */
export function createRecord<T extends BaseRecord>(fields: NewRecord<T>, now: string = nowIso()): T {
  return { ...fields, id: crypto.randomUUID(), createdAt: now, updatedAt: now } as T;
}

export function touchRecord<T extends BaseRecord>(record: T, now: string = nowIso()): T {
  return { ...record, updatedAt: now };
}

export function softDeleted<T extends BaseRecord>(record: T, now: string = nowIso()): T {
  return { ...record, deletedAt: now, updatedAt: now };
}

export function restored<T extends BaseRecord>(record: T, now: string = nowIso()): T {
  const { deletedAt: _deletedAt, ...rest } = record;
  return { ...rest, updatedAt: now } as T;
}

export function isLive(record: BaseRecord): boolean {
  return record.deletedAt === undefined;
}
