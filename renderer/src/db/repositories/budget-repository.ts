import type { StoredFile } from '../../domain/entities/activity';
import { storedFileSchema } from '../../domain/entities/activity';
import type { BudgetLine, Spending } from '../../domain/entities/budget';
import { budgetLineSchema, spendingSchema } from '../../domain/entities/budget';
import type { NewRecord } from '../../domain/entities/record';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, softDeleted } from '../records';
import type { ImportedBytes } from './courseware-repository';

export async function addBudgetLine(db: LedgerDatabase, fields: NewRecord<BudgetLine>): Promise<BudgetLine> {
  const line = budgetLineSchema.parse(createRecord<BudgetLine>(fields));
  await db.budgetLines.add(line);
  return line;
}

/** A spending entry and its receipt file land together or not at all. */
export async function addSpending(
  db: LedgerDatabase,
  fields: Omit<NewRecord<Spending>, 'receiptFileId'>,
  receipt: ImportedBytes | null,
): Promise<Spending> {
  return db.transaction('rw', db.spendings, db.files, async () => {
    let receiptFileId: string | undefined;
    if (receipt !== null) {
      const file = storedFileSchema.parse(
        createRecord<StoredFile>({
          name: receipt.name,
          mimeType: receipt.mimeType,
          size: receipt.size,
          ...(receipt.blob === undefined ? {} : { blob: receipt.blob }),
          ...(receipt.storedPath === undefined ? {} : { storedPath: receipt.storedPath }),
          ownerType: 'spending',
        }),
      );
      receiptFileId = file.id;
      await db.files.add(file);
    }
    const spending = spendingSchema.parse(
      createRecord<Spending>({ ...fields, ...(receiptFileId === undefined ? {} : { receiptFileId }) }),
    );
    if (receiptFileId !== undefined) await db.files.update(receiptFileId, { ownerId: spending.id });
    await db.spendings.add(spending);
    return spending;
  });
}

export async function deleteBudgetLine(db: LedgerDatabase, id: string): Promise<void> {
  const existing = await db.budgetLines.get(id);
  if (existing !== undefined) await db.budgetLines.put(softDeleted(existing));
}

export async function deleteSpending(db: LedgerDatabase, id: string): Promise<void> {
  const existing = await db.spendings.get(id);
  if (existing !== undefined) await db.spendings.put(softDeleted(existing));
}

export async function budgetLinesOfYear(db: LedgerDatabase, year: number): Promise<BudgetLine[]> {
  return (await db.budgetLines.where('year').equals(year).toArray()).filter(isLive);
}

/** The year's spending, by date. */
export async function spendingsOfYear(db: LedgerDatabase, year: number): Promise<Spending[]> {
  return (await db.spendings.where('year').equals(year).sortBy('date')).filter(isLive);
}
