import type { Reflection } from '../../domain/entities/study-record';
import { reflectionSchema } from '../../domain/entities/study-record';
import type { LedgerDatabase } from '../database';
import { createRecord, nowIso, softDeleted, touchRecord } from '../records';

export async function getReflection(
  db: LedgerDatabase,
  memberId: string,
  year: number,
): Promise<Reflection | undefined> {
  const rows = await db.reflections.where('[memberId+year]').equals([memberId, year]).toArray();
  return rows.find((row) => row.deletedAt === undefined);
}

/** One 学习体会 per member per year: saving again replaces the text; an empty text moves it to the bin. */
export async function saveReflection(
  db: LedgerDatabase,
  memberId: string,
  year: number,
  text: string,
  writtenDate?: string,
): Promise<Reflection | undefined> {
  return db.transaction('rw', db.reflections, async () => {
    const existing = await getReflection(db, memberId, year);
    const now = nowIso();
    if (text.trim() === '') {
      if (existing !== undefined) await db.reflections.put(softDeleted(existing, now));
      return undefined;
    }
    const next =
      existing === undefined
        ? createRecord<Reflection>({ memberId, year, text, ...(writtenDate === undefined ? {} : { writtenDate }) }, now)
        : touchRecord({ ...existing, text, ...(writtenDate === undefined ? {} : { writtenDate }) }, now);
    const valid = reflectionSchema.parse(next);
    await db.reflections.put(valid);
    return valid;
  });
}
