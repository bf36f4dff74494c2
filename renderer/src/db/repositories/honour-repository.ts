import type { Honour, Pledge } from '../../domain/entities/honour';
import { honourSchema, pledgeSchema } from '../../domain/entities/honour';
import type { NewRecord } from '../../domain/entities/record';
import type { LedgerDatabase } from '../database';
import { createRecord, softDeleted, touchRecord } from '../records';

/** 创先争优 (条例 art. 22): honours, 党员示范岗 and 承诺践诺. */
export class HonourError extends Error {}

function live<T extends { deletedAt?: string | undefined }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.deletedAt === undefined);
}

function firstIssue(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? '输入有误。';
}

export async function addHonour(db: LedgerDatabase, input: Omit<NewRecord<Honour>, 'year'>): Promise<Honour> {
  const result = honourSchema.safeParse(createRecord<Honour>({ ...input, year: Number(input.date.slice(0, 4)) }));
  if (!result.success) throw new HonourError(firstIssue(result.error));
  await db.transaction('rw', db.honours, () => db.honours.add(result.data));
  return result.data;
}

export async function deleteHonour(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.honours, async () => {
    const row = await db.honours.get(id);
    if (row !== undefined && row.deletedAt === undefined) await db.honours.put(softDeleted(row));
  });
}

export async function honoursOfMember(db: LedgerDatabase, memberId: string): Promise<Honour[]> {
  const rows = live(await db.honours.where('memberId').equals(memberId).toArray());
  return rows.sort((a, b) => (a.date < b.date ? 1 : -1));
}

export async function honoursOfYear(db: LedgerDatabase, year: number): Promise<Honour[]> {
  const rows = live(await db.honours.where('year').equals(year).toArray());
  return rows.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A member's pledge for a year: one per member and year; a second one replaces the text. */
export async function setPledge(db: LedgerDatabase, memberId: string, year: number, pledge: string): Promise<Pledge> {
  return db.transaction('rw', db.pledges, async () => {
    const existing = live(await db.pledges.where('[memberId+year]').equals([memberId, year]).toArray())[0];
    const next =
      existing === undefined ? createRecord<Pledge>({ memberId, year, pledge }) : touchRecord({ ...existing, pledge });
    const result = pledgeSchema.safeParse(next);
    if (!result.success) throw new HonourError(firstIssue(result.error));
    await db.pledges.put(result.data);
    return result.data;
  });
}

/** 践诺: how the pledge was kept, reviewed on a date. */
export async function reviewPledge(
  db: LedgerDatabase,
  id: string,
  fulfilment: string,
  reviewedDate: string,
): Promise<Pledge> {
  return db.transaction('rw', db.pledges, async () => {
    const before = await db.pledges.get(id);
    if (before === undefined || before.deletedAt !== undefined) throw new HonourError('这条承诺已被删除或不存在。');
    if (reviewedDate < `${before.year}-01-01`) throw new HonourError('评议日期不能早于承诺年度。');
    const result = pledgeSchema.safeParse(touchRecord({ ...before, fulfilment, reviewedDate }));
    if (!result.success) throw new HonourError(firstIssue(result.error));
    await db.pledges.put(result.data);
    return result.data;
  });
}

export async function pledgesOfYear(db: LedgerDatabase, year: number): Promise<Pledge[]> {
  return live(await db.pledges.where('year').equals(year).toArray());
}

export async function pledgesOfMember(db: LedgerDatabase, memberId: string): Promise<Pledge[]> {
  const rows = live(await db.pledges.where('memberId').equals(memberId).toArray());
  return rows.sort((a, b) => b.year - a.year);
}
