import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import {
  getInServiceMember,
  listInServiceMembers,
  serviceRecordsOf,
  serviceRecordsOfMany,
} from '../../db/repositories/in-service-repository';
import { getLedgerSettings } from '../../db/repositories/ledger-settings-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import type { InServiceMember, ServiceRecord } from '../../domain/entities/in-service';
import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import { serviceHoursByYear } from '../../domain/rules/service-hours';

export interface InServiceList {
  people: InServiceMember[];
  hoursThisYear: Map<string, number>;
  settings: LedgerSettings;
}

export function useInServiceList(year: number): InServiceList | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [people, settings] = await Promise.all([listInServiceMembers(db), getLedgerSettings(db)]);
    const records = await serviceRecordsOfMany(
      db,
      people.map((p) => p.id),
    );
    const hoursThisYear = new Map(
      people.map((p) => [p.id, serviceHoursByYear(records.filter((r) => r.personId === p.id)).get(year) ?? 0]),
    );
    return { people, hoursThisYear, settings };
  }, [db, year]);
}

export interface InServiceDetail {
  person: InServiceMember | undefined;
  records: ServiceRecord[];
  settings: LedgerSettings;
  officeName: string;
}

export function useInServiceDetail(id: string): InServiceDetail | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [person, records, settings, office] = await Promise.all([
      getInServiceMember(db, id),
      serviceRecordsOf(db, id),
      getLedgerSettings(db),
      getOfficeSettings(db),
    ]);
    return { person, records, settings, officeName: office.officeName };
  }, [db, id]);
}
