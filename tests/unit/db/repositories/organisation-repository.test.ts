import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createMember, getMember } from '../../../../renderer/src/db/repositories/member-repository';
import {
  createOrgUnit,
  listOrgUnits,
  moveGroup,
  reorderOrgUnit,
  retireOrgUnit,
} from '../../../../renderer/src/db/repositories/organisation-repository';
import { emptyDraft, validateMemberDraft } from '../../../../renderer/src/domain/rules/member-draft';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

describe('organisation repository', () => {
  const name = uniqueDatabaseName('org');
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openCurrent(name);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('branches keep their order and can be reordered', async () => {
    const committee = await createOrgUnit(db, { kind: 'committee', name: '党委' });
    const first = await createOrgUnit(db, { kind: 'branch', name: '一支部', parentId: committee.id });
    await createOrgUnit(db, { kind: 'branch', name: '二支部', parentId: committee.id });
    await reorderOrgUnit(db, first.id, 1);
    const names = (await listOrgUnits(db)).filter((unit) => unit.kind === 'branch').map((unit) => unit.name);
    expect(names).toEqual(['二支部', '一支部']);
  });

  it('a group moved to another branch takes its members along; a branch with members cannot be retired', async () => {
    const committee = await createOrgUnit(db, { kind: 'committee', name: '党委' });
    const one = await createOrgUnit(db, { kind: 'branch', name: '一支部', parentId: committee.id });
    const two = await createOrgUnit(db, { kind: 'branch', name: '二支部', parentId: committee.id });
    const group = await createOrgUnit(db, { kind: 'group', name: '一组', parentId: one.id });
    const { fields } = validateMemberDraft(
      { ...emptyDraft(), name: '张三', branchId: one.id, groupId: group.id },
      '2026-01-01',
    );
    if (fields === undefined) throw new Error('invalid');
    const member = await createMember(db, fields);
    await expect(retireOrgUnit(db, one.id, '2026-01-01')).rejects.toThrow('还有 1 名在册党员');
    await moveGroup(db, group.id, two.id);
    expect((await getMember(db, member.id))?.branchId).toBe(two.id);
    await retireOrgUnit(db, one.id, '2026-01-01');
    expect((await listOrgUnits(db)).find((unit) => unit.id === one.id)?.retiredAt).toBe('2026-01-01');
  });
});
