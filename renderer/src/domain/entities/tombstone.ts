import { z } from 'zod';

/**
 * What is left of a record purged from the recycle bin: which table, which id, when. A merge or an
 * exchange with another PC's data never brings such a record back (DESIGN.md "Data").
 */
export const tombstoneSchema = z.object({
  /** `${tableName}:${recordId}`: one tombstone per record. */
  id: z.string().min(1),
  tableName: z.string().min(1),
  recordId: z.string().min(1),
  purgedAt: z.string(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

export function tombstoneFor(tableName: string, recordId: string, purgedAt: string): Tombstone {
  return { id: `${tableName}:${recordId}`, tableName, recordId, purgedAt };
}
