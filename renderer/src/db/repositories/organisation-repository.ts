import type { LedgerDatabase } from '../database';
import type { OrgUnit, OrgUnitKind, Post, PostTitle } from '../../domain/entities/organisation';
import { orgUnitSchema, postSchema } from '../../domain/entities/organisation';
import { createRecord, isLive, nowIso, touchRecord } from '../records';

export class OrganisationError extends Error {}

function childKind(kind: OrgUnitKind): OrgUnitKind | null {
  if (kind === 'committee') return 'branch';
  if (kind === 'branch') return 'group';
  return null;
}

export async function listOrgUnits(db: LedgerDatabase): Promise<OrgUnit[]> {
  const units = await db.orgUnits.toArray();
  return units.filter(isLive).sort((a, b) => a.order - b.order);
}

async function siblings(db: LedgerDatabase, parentId: string | undefined): Promise<OrgUnit[]> {
  const all =
    parentId === undefined
      ? await db.orgUnits.where('kind').equals('committee').toArray()
      : await db.orgUnits.where('parentId').equals(parentId).toArray();
  return all.filter(isLive).sort((a, b) => a.order - b.order);
}

function sameName(a: string, b: string): boolean {
  return a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');
}

/** Creates a committee (no parent), a branch under the committee, or a group under a branch. */
export async function createOrgUnit(
  db: LedgerDatabase,
  input: { kind: OrgUnitKind; name: string; parentId?: string },
): Promise<OrgUnit> {
  return db.transaction('rw', db.orgUnits, async () => {
    if (input.kind !== 'committee') {
      const parent = input.parentId === undefined ? undefined : await db.orgUnits.get(input.parentId);
      if (parent === undefined || childKind(parent.kind) !== input.kind) throw new OrganisationError('上级组织不存在');
      if (parent.retiredAt !== undefined) throw new OrganisationError(`“${parent.name}”已撤销，不能再新建下级组织`);
    }
    const existing = await siblings(db, input.parentId);
    if (existing.some((unit) => sameName(unit.name, input.name))) {
      throw new OrganisationError(`已有同名组织“${input.name.trim()}”`);
    }
    const order = existing.reduce((max, unit) => Math.max(max, unit.order), 0) + 1;
    const unit = orgUnitSchema.parse(
      createRecord<OrgUnit>({ kind: input.kind, name: input.name.trim(), parentId: input.parentId, order }),
    );
    await db.orgUnits.add(unit);
    return unit;
  });
}

export async function renameOrgUnit(db: LedgerDatabase, id: string, name: string): Promise<void> {
  await db.transaction('rw', db.orgUnits, async () => {
    const unit = await db.orgUnits.get(id);
    if (unit === undefined) throw new OrganisationError('该组织不存在');
    const others = (await siblings(db, unit.parentId)).filter((other) => other.id !== id);
    if (others.some((other) => sameName(other.name, name))) throw new OrganisationError(`已有同名组织“${name.trim()}”`);
    await db.orgUnits.put(orgUnitSchema.parse(touchRecord({ ...unit, name: name.trim() })));
  });
}

/** Moves a unit one place up or down among its siblings. */
export async function reorderOrgUnit(db: LedgerDatabase, id: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.orgUnits, async () => {
    const unit = await db.orgUnits.get(id);
    if (unit === undefined) return;
    const list = await siblings(db, unit.parentId);
    const index = list.findIndex((other) => other.id === id);
    const other = list[index + direction];
    if (other === undefined) return;
    const now = nowIso();
    await db.orgUnits.bulkPut([
      { ...unit, order: other.order, updatedAt: now },
      { ...other, order: unit.order, updatedAt: now },
    ]);
  });
}

/** Moves a party group to another branch; its members follow it there. */
export async function moveGroup(db: LedgerDatabase, groupId: string, branchId: string): Promise<void> {
  await db.transaction('rw', [db.orgUnits, db.members], async () => {
    const group = await db.orgUnits.get(groupId);
    const branch = await db.orgUnits.get(branchId);
    if (group?.kind !== 'group' || branch?.kind !== 'branch') throw new OrganisationError('只能把党小组移到党支部下');
    if (branch.retiredAt !== undefined) throw new OrganisationError(`“${branch.name}”已撤销`);
    const order = (await siblings(db, branchId)).reduce((max, unit) => Math.max(max, unit.order), 0) + 1;
    const now = nowIso();
    await db.orgUnits.put({ ...group, parentId: branchId, order, updatedAt: now });
    const members = await db.members.where('groupId').equals(groupId).toArray();
    await db.members.bulkPut(members.map((member) => ({ ...member, branchId, updatedAt: now })));
  });
}

/** A retired unit keeps its history; it must have no members still on the books. */
export async function retireOrgUnit(db: LedgerDatabase, id: string, date: string): Promise<void> {
  await db.transaction('rw', [db.orgUnits, db.members], async () => {
    const unit = await db.orgUnits.get(id);
    if (unit === undefined) throw new OrganisationError('该组织不存在');
    const index = unit.kind === 'group' ? 'groupId' : 'branchId';
    const members =
      unit.kind === 'committee'
        ? []
        : (await db.members.where(index).equals(id).toArray()).filter(
            (member) => member.deletedAt === undefined && member.membershipStatus === 'active',
          );
    if (members.length > 0) {
      throw new OrganisationError(`“${unit.name}”还有 ${members.length} 名在册党员，请先把他们调到其他组织再撤销`);
    }
    const children = (await siblings(db, id)).filter((child) => child.retiredAt === undefined);
    if (children.length > 0) throw new OrganisationError(`“${unit.name}”下还有未撤销的组织，请先撤销或移走它们`);
    await db.orgUnits.put(touchRecord({ ...unit, retiredAt: date }));
  });
}

export async function reinstateOrgUnit(db: LedgerDatabase, id: string): Promise<void> {
  const unit = await db.orgUnits.get(id);
  if (unit === undefined) return;
  const { retiredAt: _retiredAt, ...rest } = unit;
  await db.orgUnits.put(touchRecord(rest));
}

export async function listPosts(db: LedgerDatabase): Promise<Post[]> {
  return (await db.posts.toArray()).filter(isLive);
}

export async function listPostsOfMember(db: LedgerDatabase, memberId: string): Promise<Post[]> {
  return (await db.posts.where('memberId').equals(memberId).toArray()).filter(isLive);
}

export async function addPost(
  db: LedgerDatabase,
  input: { orgUnitId: string; memberId: string; title: PostTitle; startDate: string },
): Promise<Post> {
  const post = postSchema.parse(createRecord<Post>(input));
  await db.posts.add(post);
  return post;
}

export async function endPost(db: LedgerDatabase, postId: string, endDate: string): Promise<void> {
  const post = await db.posts.get(postId);
  if (post === undefined) return;
  if (endDate < post.startDate) throw new OrganisationError('卸任日期不能早于任职日期');
  await db.posts.put(postSchema.parse(touchRecord({ ...post, endDate })));
}

/** Sets whether a branch has a 支部委员会, or (undefined) lets it follow the count of 正式党员. */
export async function setBranchCommittee(
  db: LedgerDatabase,
  id: string,
  hasCommittee: boolean | undefined,
): Promise<void> {
  await db.transaction('rw', db.orgUnits, async () => {
    const unit = await db.orgUnits.get(id);
    if (unit?.kind !== 'branch') throw new OrganisationError('只有党支部可以设置支部委员会');
    const { hasCommittee: _previous, ...rest } = unit;
    await db.orgUnits.put(
      orgUnitSchema.parse(touchRecord(hasCommittee === undefined ? rest : { ...rest, hasCommittee })),
    );
  });
}

/**
 * 换届: records an election on `date` with a term of `termYears` (3–5): the unit's term restarts, and the
 * posts held that day (as entered in the posts panel) are kept as the elected members, in one transaction.
 */
export async function recordElection(
  db: LedgerDatabase,
  unitId: string,
  input: { date: string; termYears: number },
): Promise<void> {
  await db.transaction('rw', [db.orgUnits, db.posts], async () => {
    const unit = await db.orgUnits.get(unitId);
    if (unit === undefined || unit.kind === 'group') throw new OrganisationError('只有党委和党支部可以登记换届');
    const posts = (await db.posts.where('orgUnitId').equals(unitId).toArray()).filter(
      (post) =>
        post.deletedAt === undefined &&
        post.startDate <= input.date &&
        (post.endDate === undefined || post.endDate >= input.date),
    );
    const elections = [
      ...(unit.elections ?? []),
      {
        date: input.date,
        termYears: input.termYears,
        elected: posts.map((post) => ({ memberId: post.memberId, title: post.title })),
      },
    ].sort((a, b) => a.date.localeCompare(b.date));
    await db.orgUnits.put(
      orgUnitSchema.parse(touchRecord({ ...unit, termStart: input.date, termYears: input.termYears, elections })),
    );
  });
}
