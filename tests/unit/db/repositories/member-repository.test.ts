import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  addMemberEvent,
  createMember,
  deleteMember,
  listAllMembers,
  listMemberEvents,
  restoreMember,
  updateMember,
} from '../../../../renderer/src/db/repositories/member-repository';
import { createOrgUnit } from '../../../../renderer/src/db/repositories/organisation-repository';
import type { MemberFields } from '../../../../renderer/src/domain/rules/member-draft';
import { emptyDraft, validateMemberDraft } from '../../../../renderer/src/domain/rules/member-draft';
import { validId } from '../../../fixtures/messy-roster';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

function fields(overrides: Partial<ReturnType<typeof emptyDraft>>): MemberFields {
  const result = validateMemberDraft({ ...emptyDraft(), ...overrides }, '2026-06-01');
  if (result.fields === undefined) throw new Error(JSON.stringify(result.errors));
  return result.fields;
}

describe('member repository', () => {
  const name = uniqueDatabaseName('members');
  let db: LedgerDatabase;
  let branchId: string;
  let otherBranchId: string;

  beforeEach(async () => {
    db = await openCurrent(name);
    const committee = await createOrgUnit(db, { kind: 'committee', name: '党委' });
    branchId = (await createOrgUnit(db, { kind: 'branch', name: '第一党支部', parentId: committee.id })).id;
    otherBranchId = (await createOrgUnit(db, { kind: 'branch', name: '第二党支部', parentId: committee.id })).id;
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('a new member gets pinyin for search and a 入党 event', async () => {
    const member = await createMember(db, fields({ name: '曾国藩', branchId, joinDate: '1990-07-01' }));
    expect(member).toMatchObject({ namePinyin: 'zengguofan', nameInitials: 'zgf' });
    expect((await listMemberEvents(db, member.id)).map((event) => event.type)).toEqual(['joined']);
  });

  it('the same ID number cannot be registered twice', async () => {
    const idNumber = validId('11010519800101003');
    await createMember(db, fields({ name: '张三', branchId, idNumber }));
    await expect(createMember(db, fields({ name: '张叁', branchId, idNumber }))).rejects.toThrow('已登记给“张三”');
  });

  it('an edit that confirms, changes branch or marks lost contact is written to the history', async () => {
    const member = await createMember(
      db,
      fields({ name: '李四', branchId, category: '预备党员', joinDate: '2024-05-01' }),
    );
    await updateMember(
      db,
      member.id,
      fields({
        name: '李四',
        branchId: otherBranchId,
        category: '正式党员',
        joinDate: '2024-05-01',
        fullMemberDate: '2025-05-01',
        lostContact: true,
        lostContactDate: '2026-01-10',
      }),
    );
    const events = await listMemberEvents(db, member.id);
    expect(events.map((event) => event.type).sort()).toEqual(['branch-changed', 'confirmed', 'joined', 'lost-contact']);
    expect(events.find((event) => event.type === 'branch-changed')).toMatchObject({
      fromOrganisation: '第一党支部',
      toOrganisation: '第二党支部',
    });
  });

  it('a transfer out keeps the member on file with the new status', async () => {
    const member = await createMember(db, fields({ name: '王五', branchId }));
    await addMemberEvent(db, {
      memberId: member.id,
      type: 'transferred-out',
      date: '2025-01-01',
      toOrganisation: '阳光社区',
    });
    const [stored] = await listAllMembers(db);
    expect(stored?.membershipStatus).toBe('transferred-out');
    expect(stored?.deletedAt).toBeUndefined();
  });

  it('a deleted member goes to the recycle bin and comes back', async () => {
    const member = await createMember(db, fields({ name: '赵六', branchId }));
    await deleteMember(db, member.id);
    expect((await listAllMembers(db))[0]?.deletedAt).toEqual(expect.any(String));
    await restoreMember(db, member.id);
    expect((await listAllMembers(db))[0]?.deletedAt).toBeUndefined();
  });
});
