import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { getDeskIdentity, listExchangeImports, listPartners } from '../../db/repositories/exchange-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import type { DeskIdentity, ExchangeImportLog, ExchangePartner } from '../../domain/entities/exchange';
import type { OrgUnit } from '../../domain/entities/organisation';

export interface ExchangeState {
  identity: DeskIdentity | null;
  partners: ExchangePartner[];
  imports: ExchangeImportLog[];
  branches: OrgUnit[];
}

/** This desk, its partners, its recent imports and the branches a desk may hold. */
export function useExchangeState(): ExchangeState | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [identity, partners, imports, units] = await Promise.all([
      getDeskIdentity(db),
      listPartners(db),
      listExchangeImports(db),
      listOrgUnits(db),
    ]);
    return {
      identity,
      partners,
      imports: imports.slice(0, 10),
      branches: units.filter((unit) => unit.kind === 'branch' && unit.retiredAt === undefined),
    };
  }, [db]);
}
