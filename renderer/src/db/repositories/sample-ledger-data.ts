import type { Table } from 'dexie';
import type { ZodType } from 'zod';
import { careObjectSchema, careRoundSchema, careVisitSchema } from '../../domain/entities/care';
import { duesPaymentSchema, duesProfileSchema } from '../../domain/entities/dues';
import { inServiceMemberSchema, serviceRecordSchema } from '../../domain/entities/in-service';
import { recruitmentCaseSchema, recruitmentStepSchema } from '../../domain/entities/recruitment';
import { reviewBallotSchema, reviewRoundSchema } from '../../domain/entities/review';
import { generateSampleLedgers, SAMPLE_LEDGER_TABLES } from '../../domain/sample-data/sample-ledgers';
import type { SampleLedgerTable } from '../../domain/sample-data/sample-ledgers';
import type { LedgerDatabase } from '../database';
import { getDuesSettings } from './dues-settings-repository';

/** Ids of the 党费, 关怀, 在职党员, 发展党员 and 民主评议 records the sample loader wrote, kept in its manifest. */
export type SampleLedgerIds = Partial<Record<SampleLedgerTable, string[]>>;

const SCHEMAS: Record<SampleLedgerTable, ZodType> = {
  duesProfiles: duesProfileSchema,
  duesPayments: duesPaymentSchema,
  careObjects: careObjectSchema,
  careRounds: careRoundSchema,
  careVisits: careVisitSchema,
  inServiceMembers: inServiceMemberSchema,
  serviceRecords: serviceRecordSchema,
  recruitmentCases: recruitmentCaseSchema,
  recruitmentSteps: recruitmentStepSchema,
  reviewRounds: reviewRoundSchema,
  reviewBallots: reviewBallotSchema,
};

function ledgerTable(db: LedgerDatabase, table: SampleLedgerTable): Table<{ id: string }, string> {
  return db[table] as unknown as Table<{ id: string }, string>;
}

/** Tables the sample ledgers touch, for the loader's transaction scope. */
export function sampleLedgerTables(db: LedgerDatabase) {
  return SAMPLE_LEDGER_TABLES.map((table) => ledgerTable(db, table));
}

/** Adds the demo community's dues, care, in-service and recruitment records inside the loader's transaction. */
export async function addSampleLedgerRecords(
  db: LedgerDatabase,
  memberIds: readonly string[],
  endDate: string,
  seed: number,
): Promise<SampleLedgerIds> {
  const members = (await db.members.bulkGet([...memberIds])).filter((m) => m !== undefined);
  const ledgers = generateSampleLedgers(members, endDate, seed, (await getDuesSettings(db)).rates);
  const ids: SampleLedgerIds = {};
  for (const table of SAMPLE_LEDGER_TABLES) {
    const rows: { id: string }[] = ledgers[table];
    for (const row of rows) SCHEMAS[table].parse(row);
    await ledgerTable(db, table).bulkAdd(rows);
    ids[table] = rows.map((row) => row.id);
  }
  return ids;
}

export async function removeSampleLedgerRecords(db: LedgerDatabase, ids: SampleLedgerIds | undefined): Promise<void> {
  if (ids === undefined) return;
  for (const table of SAMPLE_LEDGER_TABLES) {
    const list = ids[table] ?? [];
    if (list.length > 0) await ledgerTable(db, table).bulkDelete(list);
  }
}
