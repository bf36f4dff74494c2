import { useLiveQuery } from '../../ui/use-live-query';
import { useEffect, useMemo } from 'react';
import { useDatabase } from '../../app/database-context';
import { ensureDefaultActivityTypes, listActivityTypes } from '../../db/repositories/activity-repository';
import { listLiveMembers } from '../../db/repositories/member-reads';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import type { ActivityType } from '../../domain/entities/activity';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { fullUnitName } from '../../domain/rules/unit-names';

export interface ActivityLookups {
  types: ActivityType[];
  units: OrgUnit[];
  branches: OrgUnit[];
  groups: OrgUnit[];
  members: Member[];
  typeName: (id: string) => string;
  /** A branch's name, or a group's with its branch ("第二党支部 第二党小组"). */
  unitName: (id: string | undefined) => string;
  /** Branch and group positions in the tree, for sheet order. */
  unitOrder: Map<string, number>;
  /** "第一党支部 第二党小组", the 党小组/支部 column of the sheet. */
  unitLabel: (branchId: string | undefined, groupId: string | undefined) => string;
}

/** Types, organisation and members the activity pages look names up in; creates the built-in types once. */
export function useActivityLookups(): ActivityLookups | undefined {
  const db = useDatabase();
  useEffect(() => {
    void ensureDefaultActivityTypes(db);
  }, [db]);
  const types = useLiveQuery(() => listActivityTypes(db), [db]);
  const units = useLiveQuery(() => listOrgUnits(db), [db]);
  const members = useLiveQuery(() => listLiveMembers(db), [db]);
  return useMemo(() => {
    if (types === undefined || units === undefined || members === undefined) return undefined;
    const typeNames = new Map(types.map((type) => [type.id, type.name]));
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const branches = units.filter((unit) => unit.kind === 'branch').sort((a, b) => a.order - b.order);
    const groups = units.filter((unit) => unit.kind === 'group');
    const unitOrder = new Map<string, number>();
    branches.forEach((branch, index) => {
      unitOrder.set(branch.id, index * 1000);
      groups
        .filter((group) => group.parentId === branch.id)
        .sort((a, b) => a.order - b.order)
        .forEach((group, g) => unitOrder.set(group.id, index * 1000 + g + 1));
    });
    // A 党小组 is always named with its 党支部: every branch has a 第一党小组.
    const unitName = (id: string | undefined) => {
      if (id === undefined) return '';
      const unit = unitById.get(id);
      return unit === undefined ? '（已删除的组织）' : fullUnitName(unit, unitById);
    };
    return {
      types,
      units,
      branches,
      groups,
      members,
      typeName: (id: string) => typeNames.get(id) ?? '（未知类型）',
      unitName,
      unitOrder,
      unitLabel: (branchId, groupId) => unitName(groupId ?? branchId),
    };
  }, [types, units, members]);
}
