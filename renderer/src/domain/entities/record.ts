import { z } from 'zod';

/**
 * Fields every stored record has (DESIGN.md "Data"): a UUID so records from two PCs can be merged,
 * ISO timestamps, and `deletedAt` for the recycle bin — user data is never hard-deleted from the UI.
 */
export const baseRecordSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
});
export type BaseRecord = z.infer<typeof baseRecordSchema>;

/** The fields a caller supplies when creating a record; the store fills in the rest. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;
