import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import type { IsoDate } from '../../domain/entities/dates';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { RecruitmentCase, RecruitmentStep } from '../../domain/entities/recruitment';
import type { RecruitmentSettings, RosterPerson } from '../../domain/rules/recruitment-case';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import type { CaseRow, WalkInAttendance } from '../../db/repositories/recruitment-repository';
import {
  getCase,
  getRecruitmentSettings,
  listCaseRows,
  listFullMembers,
  listSteps,
  membersByIds,
  walkInAttendance,
} from '../../db/repositories/recruitment-repository';

export function useCaseRows(today: IsoDate): CaseRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listCaseRows(db, today), [db, today]);
}

export function useBranches(): OrgUnit[] {
  const db = useDatabase();
  return useLiveQuery(async () => (await listOrgUnits(db)).filter((unit) => unit.kind === 'branch'), [db]) ?? [];
}

export function useFullMembers(): RosterPerson[] {
  const db = useDatabase();
  return useLiveQuery(() => listFullMembers(db), [db]) ?? [];
}

export function useRecruitmentSettings(): RecruitmentSettings | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getRecruitmentSettings(db), [db]);
}

export interface CaseData {
  record: RecruitmentCase | undefined;
  steps: RecruitmentStep[];
  /** Names of the members named in the steps (培养联系人, 介绍人). */
  people: Map<string, RosterPerson>;
}

export function useCaseData(caseId: string): CaseData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [record, steps] = await Promise.all([getCase(db, caseId), listSteps(db, caseId)]);
    const people = await membersByIds(
      db,
      steps.flatMap((step) => step.memberIds ?? []),
    );
    return { record, steps, people };
  }, [db, caseId]);
}

export function useWalkInAttendance(name: string, from: IsoDate): WalkInAttendance[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => walkInAttendance(db, name, from), [db, name, from]);
}
