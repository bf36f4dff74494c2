import type { LedgerDatabase } from '../database';
import { todayIso } from '../../domain/entities/dates';
import type { Member, MemberEvent } from '../../domain/entities/member';
import { memberEventSchema } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { orgUnitSchema } from '../../domain/entities/organisation';
import { eventsImpliedByEdit } from '../../domain/rules/member-status';
import type { ImportPlan } from '../../domain/rules/import-plan';
import { NEW_BRANCH_PREFIX, NEW_GROUP_PREFIX, unitNameKey } from '../../domain/rules/import-plan';
import { createTimeSlicer } from '../../lib/time-slicer';
import type { TimeSlicer } from '../../lib/time-slicer';
import { loadPinyin } from '../name-pinyin';
import type { PinyinOf } from '../name-pinyin';
import { createRecord, isLive, nowIso } from '../records';
import { memberFromFields } from './member-repository';

export interface ImportResult {
  created: number;
  updated: number;
  unitsCreated: number;
}

const unitKey = unitNameKey;

/** pinyin-pro takes tens of microseconds a name; rosters repeat names and surnames often enough to keep them. */
function cachedPinyin(pinyinOf: PinyinOf): PinyinOf {
  const cache = new Map<string, ReturnType<PinyinOf>>();
  return (name) => {
    let found = cache.get(name);
    if (found === undefined) {
      found = pinyinOf(name);
      cache.set(name, found);
    }
    return { ...found };
  };
}

/**
 * Queuing 30,000 puts takes the window over a second: the writes go in slices of this many records,
 * each queued in its own task (about 80 ms), one slice always waiting in the store so it never idles.
 * Each slice is one 批量写入 line in the 操作日志, never one line a member.
 */
const WRITE_SLICE = 2000;

function slices<T>(records: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < records.length; from += WRITE_SLICE) out.push(records.slice(from, from + WRITE_SLICE));
  return out;
}

interface SliceWrite {
  records: number;
  write: () => Promise<unknown>;
}

/**
 * Queues the writes a task at a time, up to WRITE_SLICE records per task (a small import queues
 * everything at once), and waits for the previous task's writes only after queuing the next.
 */
async function pipelined(writes: readonly SliceWrite[]): Promise<void> {
  let waiting: Promise<unknown> = Promise.resolve();
  let index = 0;
  while (index < writes.length) {
    const batch: Promise<unknown>[] = [];
    let records = 0;
    for (let next = writes[index]; next !== undefined; next = writes[index]) {
      if (batch.length > 0 && records + next.records > WRITE_SLICE) break;
      batch.push(next.write());
      records += next.records;
      index += 1;
    }
    const queued = Promise.all(batch);
    // Observed below; this only keeps a failure of a later slice from being reported twice.
    queued.catch(() => undefined);
    await waiting;
    waiting = queued;
  }
  await waiting;
}

const CHANGED_DURING_IMPORT = '导入期间名册已被修改，请重新选择文件预览。';

/**
 * Writes a confirmed preview in ONE transaction: missing branches and groups, new members, updates
 * (blank cells already left stored values alone). Either all of it lands or none of it.
 *
 * The records (pinyin, schema checks, history events) are prepared before the transaction, a slice
 * at a time so the window stays responsive; the transaction then only checks that the members being
 * updated are as they were read, and writes everything in one bulk put (one 操作日志 line a table).
 */
export async function applyRosterImport(
  db: LedgerDatabase,
  preview: ImportPlan,
  slicer: TimeSlicer = createTimeSlicer(),
): Promise<ImportResult> {
  const pinyinOf = cachedPinyin(await loadPinyin());
  const now = nowIso();
  const today = todayIso();
  const writable = preview.rows.flatMap((row) =>
    row.fields !== undefined && (row.status === 'new' || row.status === 'update')
      ? [{ fields: row.fields, existingId: row.status === 'update' ? row.existingId : undefined }]
      : [],
  );
  const existingIds = writable.flatMap((row) => (row.existingId === undefined ? [] : [row.existingId]));
  const existing = new Map(
    (existingIds.length === 0 ? [] : await db.members.bulkGet(existingIds)).flatMap((member) =>
      member === undefined ? [] : [[member.id, member]],
    ),
  );

  const toWrite: Member[] = [];
  const events: MemberEvent[] = [];
  let created = 0;
  let updated = 0;
  for (const row of writable) {
    if (slicer.due()) await slicer.pause();
    const before = row.existingId === undefined ? undefined : existing.get(row.existingId);
    if (row.existingId !== undefined && before === undefined) throw new Error(CHANGED_DURING_IMPORT);
    const base = before === undefined ? undefined : { ...before, deletedAt: undefined };
    // Branches and groups the import creates keep their placeholder ids until the transaction has them.
    const member = memberFromFields(row.fields, pinyinOf, now, base);
    if (member.deletedAt === undefined) delete member.deletedAt;
    toWrite.push(member);
    for (const event of eventsImpliedByEdit(before, member, today)) {
      events.push(memberEventSchema.parse(createRecord<MemberEvent>({ memberId: member.id, ...event }, now)));
    }
    if (before === undefined) created += 1;
    else updated += 1;
  }

  return db.transaction('rw', [db.orgUnits, db.members, db.memberEvents], async () => {
    const [allUnits, current] = await Promise.all([
      db.orgUnits.toArray(),
      existingIds.length === 0 ? Promise.resolve([]) : db.members.bulkGet(existingIds),
    ]);
    // The members being updated must still be as they were read for preparing the records.
    current.forEach((member, index) => {
      const read = existing.get(existingIds[index] ?? '');
      if (member === undefined || member.updatedAt !== read?.updatedAt) throw new Error(CHANGED_DURING_IMPORT);
    });
    const units = allUnits.filter(isLive);
    const newUnits: OrgUnit[] = [];
    const ids = new Map<string, string>();
    const needUnits = preview.newBranches.length > 0 || preview.newGroups.length > 0;
    let committee = units.find((unit) => unit.kind === 'committee' && unit.retiredAt === undefined);
    if (committee === undefined && needUnits) {
      committee = orgUnitSchema.parse(createRecord<OrgUnit>({ kind: 'committee', name: '社区党委', order: 1 }, now));
      newUnits.push(committee);
    }
    let order = units.filter((unit) => unit.kind === 'branch').reduce((max, unit) => Math.max(max, unit.order), 0);
    for (const name of preview.newBranches) {
      order += 1;
      const branch = orgUnitSchema.parse(
        createRecord<OrgUnit>({ kind: 'branch', name: name.trim(), parentId: committee?.id, order }, now),
      );
      newUnits.push(branch);
      ids.set(NEW_BRANCH_PREFIX + unitKey(name), branch.id);
    }
    const branchIdByName = new Map(
      [...units, ...newUnits].filter((unit) => unit.kind === 'branch').map((unit) => [unitKey(unit.name), unit.id]),
    );
    for (const { branch, group } of preview.newGroups) {
      const parentId = branchIdByName.get(unitKey(branch));
      const unit = orgUnitSchema.parse(
        createRecord<OrgUnit>({ kind: 'group', name: group.trim(), parentId, order: newUnits.length + 1 }, now),
      );
      newUnits.push(unit);
      ids.set(`${NEW_GROUP_PREFIX}${unitKey(branch)}/${unitKey(group)}`, unit.id);
    }

    if (ids.size > 0) {
      for (const member of toWrite) {
        member.branchId = ids.get(member.branchId) ?? member.branchId;
        if (member.groupId !== undefined) member.groupId = ids.get(member.groupId) ?? member.groupId;
      }
    }
    await pipelined([
      ...(newUnits.length === 0 ? [] : [{ records: newUnits.length, write: () => db.orgUnits.bulkAdd(newUnits) }]),
      ...slices(toWrite).map((slice) => ({ records: slice.length, write: () => db.members.bulkPut(slice) })),
      ...slices(events).map((slice) => ({ records: slice.length, write: () => db.memberEvents.bulkAdd(slice) })),
    ]);
    return { created, updated, unitsCreated: newUnits.length };
  });
}
