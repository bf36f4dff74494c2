import type { OrgUnit } from '../../domain/entities/organisation';
import type { LedgerDatabase } from '../database';
import { isLive } from '../records';

/** Every unit, retired and deleted ones too: the names old records still show. */
export function listAllOrgUnits(db: LedgerDatabase): Promise<OrgUnit[]> {
  return db.orgUnits.toArray();
}

/** The branches (党支部) not in the recycle bin, by the kind index, in their order. */
export async function listBranches(db: LedgerDatabase): Promise<OrgUnit[]> {
  return (await db.orgUnits.where('kind').equals('branch').toArray()).filter(isLive).sort((a, b) => a.order - b.order);
}

export function getOrgUnit(db: LedgerDatabase, id: string): Promise<OrgUnit | undefined> {
  return db.orgUnits.get(id);
}

/** The units with the given ids that exist, in the given order. */
export async function orgUnitsByIds(db: LedgerDatabase, ids: readonly string[]): Promise<OrgUnit[]> {
  return (await db.orgUnits.bulkGet([...ids])).filter((unit): unit is OrgUnit => unit !== undefined);
}
