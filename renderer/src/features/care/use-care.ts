import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import {
  listCareObjects,
  listCareRounds,
  loadFiftyYearList,
  visitsOfRound,
} from '../../db/repositories/care-repository';
import type { FiftyYearList } from '../../db/repositories/care-repository';
import { listAllMembers } from '../../db/repositories/member-repository';
import { homeVisitsOfYear } from '../../db/repositories/study-entry-repository';
import type { StudyEntry } from '../../domain/entities/study-record';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import type { CareObject, CareRound, CareVisit } from '../../domain/entities/care';
import type { Member } from '../../domain/entities/member';
import { isCountedMember } from '../../domain/rules/member-standing';

export interface CarePeople {
  /** Members on the books, for pickers. */
  members: Member[];
  byId: Map<string, Member>;
  unitName: Map<string, string>;
  objects: CareObject[];
  officeName: string;
}

export function useCarePeople(): CarePeople | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [members, units, objects, office] = await Promise.all([
      listAllMembers(db),
      listOrgUnits(db),
      listCareObjects(db),
      getOfficeSettings(db),
    ]);
    return {
      members: members.filter(isCountedMember).sort((a, b) => a.namePinyin.localeCompare(b.namePinyin)),
      byId: new Map(members.map((m) => [m.id, m])),
      unitName: new Map(units.map((u) => [u.id, u.name])),
      objects,
      officeName: office.officeName,
    };
  }, [db]);
}

export function useCareRounds(year: number): { round: CareRound; visits: CareVisit[] }[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const rounds = await listCareRounds(db, year);
    const visits = await Promise.all(rounds.map((round) => visitsOfRound(db, round.id)));
    return rounds.map((round, index) => ({ round, visits: visits[index] ?? [] }));
  }, [db, year]);
}

export function useFiftyYearList(year: number): FiftyYearList | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadFiftyYearList(db, year), [db, year]);
}

export function useHomeVisits(year: number): StudyEntry[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => homeVisitsOfYear(db, year), [db, year]);
}
