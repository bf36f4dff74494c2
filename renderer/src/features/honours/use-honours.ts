import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import {
  honoursOfMember,
  honoursOfYear,
  pledgesOfMember,
  pledgesOfYear,
} from '../../db/repositories/honour-repository';
import { listAllMembers } from '../../db/repositories/member-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import type { Honour, Pledge } from '../../domain/entities/honour';
import type { Member } from '../../domain/entities/member';
import { isCountedMember } from '../../domain/rules/member-standing';

export interface HonoursYear {
  honours: Honour[];
  pledges: Pledge[];
  members: Member[];
  byId: Map<string, Member>;
  unitName: Map<string, string>;
}

export function useHonoursYear(year: number): HonoursYear | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [honours, pledges, members, units] = await Promise.all([
      honoursOfYear(db, year),
      pledgesOfYear(db, year),
      listAllMembers(db),
      listOrgUnits(db),
    ]);
    return {
      honours,
      pledges,
      members: members.filter(isCountedMember).sort((a, b) => a.namePinyin.localeCompare(b.namePinyin)),
      byId: new Map(members.map((m) => [m.id, m])),
      unitName: new Map(units.map((u) => [u.id, u.name])),
    };
  }, [db, year]);
}

export function useMemberHonours(memberId: string): { honours: Honour[]; pledges: Pledge[] } | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [honours, pledges] = await Promise.all([honoursOfMember(db, memberId), pledgesOfMember(db, memberId)]);
    return { honours, pledges };
  }, [db, memberId]);
}
