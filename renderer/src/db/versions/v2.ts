import type { SchemaVersion } from './schema-version';

/** v2 (roster): the organisation tree, its posts, members, their status history and contact log. */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    orgUnits: 'id, kind, parentId',
    posts: 'id, memberId, orgUnitId',
    members: 'id, idNumber, name, branchId, groupId, [name+birthDate], updatedAt',
    memberEvents: 'id, memberId, date',
    contactLogs: 'id, memberId, [memberId+date]',
  },
};
