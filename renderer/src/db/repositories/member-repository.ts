import type { LedgerDatabase } from '../database';
import type { AbroadStudy, ContactLog, HomeStudy, Member, MemberEvent } from '../../domain/entities/member';
import {
  contactLogSchema,
  memberEventSchema,
  memberFieldsOutsideForm,
  memberSchema,
} from '../../domain/entities/member';
import { todayIso } from '../../domain/entities/dates';
import type { MemberFields } from '../../domain/rules/member-draft';
import { applyMemberEvent, eventsImpliedByEdit } from '../../domain/rules/member-status';
import { loadPinyin } from '../name-pinyin';
import type { PinyinOf } from '../name-pinyin';
import { createRecord, isLive, nowIso, restored, softDeleted, touchRecord } from '../records';

export class MemberError extends Error {}

type ImpliedEvent = ReturnType<typeof eventsImpliedByEdit>[number];

function eventRecords(memberId: string, events: ImpliedEvent[], now: string): MemberEvent[] {
  return events.map((event) => memberEventSchema.parse(createRecord<MemberEvent>({ memberId, ...event }, now)));
}

/** All members, including those in the recycle bin (the caller filters). */
export function listAllMembers(db: LedgerDatabase): Promise<Member[]> {
  return db.members.toArray();
}

export function getMember(db: LedgerDatabase, id: string): Promise<Member | undefined> {
  return db.members.get(id);
}

async function assertIdNumberFree(db: LedgerDatabase, idNumber: string | undefined, selfId?: string): Promise<void> {
  if (idNumber === undefined) return;
  const others = (await db.members.where('idNumber').equals(idNumber).toArray()).filter((other) => other.id !== selfId);
  const other = others[0];
  if (other !== undefined) {
    const where = other.deletedAt === undefined ? '' : '（在回收站中，可恢复）';
    throw new MemberError(`身份证号 ${idNumber} 已登记给“${other.name}”${where}，不能重复登记`);
  }
}

/** Builds a member from validated fields, with pinyin for search. */
export function memberFromFields(fields: MemberFields, pinyinOf: PinyinOf, now: string, existing?: Member): Member {
  const base = existing ?? createRecord<Member>({ ...fields, namePinyin: '', nameInitials: '' }, now);
  return memberSchema.parse({ ...base, ...fields, ...pinyinOf(fields.name), updatedAt: now });
}

export async function createMember(db: LedgerDatabase, fields: MemberFields): Promise<Member> {
  const pinyinOf = await loadPinyin();
  const now = nowIso();
  const member = memberFromFields(fields, pinyinOf, now);
  await db.transaction('rw', [db.members, db.memberEvents], async () => {
    await insertMember(db, member, now);
  });
  return member;
}

/**
 * Adds a built member (memberFromFields) with its implied history, inside the caller's transaction over
 * members and memberEvents: the 发展党员 admission creates the member in the same transaction as its step.
 */
export async function insertMember(db: LedgerDatabase, member: Member, now: string): Promise<void> {
  await assertIdNumberFree(db, member.idNumber);
  await db.members.add(member);
  await db.memberEvents.bulkAdd(eventRecords(member.id, eventsImpliedByEdit(undefined, member, todayIso()), now));
}

/** Saves an edit; 转正, 停止党籍, 失联 and a change of branch entered in the form are added to the history. */
export async function updateMember(db: LedgerDatabase, id: string, fields: MemberFields): Promise<Member> {
  const pinyinOf = await loadPinyin();
  return db.transaction('rw', [db.members, db.memberEvents, db.orgUnits], async () => {
    const before = await db.members.get(id);
    if (before === undefined) throw new MemberError('该党员记录不存在');
    await assertIdNumberFree(db, fields.idNumber, id);
    const now = nowIso();
    // Fields left out of the form (e.g. cleared optionals) must be cleared in the record too.
    const cleared = Object.fromEntries(
      Object.keys(memberSchema.shape)
        .filter(
          (key) =>
            !['id', 'createdAt', 'updatedAt', 'deletedAt', 'namePinyin', 'nameInitials'].includes(key) &&
            !(memberFieldsOutsideForm as readonly string[]).includes(key),
        )
        .map((key) => [key, undefined]),
    );
    const after = memberFromFields(fields, pinyinOf, now, { ...before, ...cleared });
    const events = eventsImpliedByEdit(before, after, todayIso());
    if (before.branchId !== after.branchId) {
      const [from, to] = await Promise.all([db.orgUnits.get(before.branchId), db.orgUnits.get(after.branchId)]);
      events.push({ type: 'branch-changed', date: todayIso(), fromOrganisation: from?.name, toOrganisation: to?.name });
    }
    await db.members.put(after);
    await db.memberEvents.bulkAdd(eventRecords(id, events, now));
    return after;
  });
}

/** Moves a member to the recycle bin; nothing is hard-deleted from the UI. */
export async function deleteMember(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (member !== undefined) await db.members.put(softDeleted(member));
  });
}

export async function restoreMember(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (member === undefined) return;
    if (member.idNumber !== undefined) {
      const clash = (await db.members.where('idNumber').equals(member.idNumber).toArray()).find(
        (other) => other.id !== id && other.deletedAt === undefined,
      );
      if (clash !== undefined) throw new MemberError(`身份证号相同的“${clash.name}”已在名册中，不能恢复`);
    }
    await db.members.put(restored(member));
  });
}

export async function listMemberEvents(db: LedgerDatabase, memberId: string): Promise<MemberEvent[]> {
  const events = await db.memberEvents.where('memberId').equals(memberId).toArray();
  return events.filter(isLive).sort((a, b) => a.date.localeCompare(b.date));
}

/** Records a status change (转出, 去世 …) and applies it to the member, in one transaction. */
export async function addMemberEvent(
  db: LedgerDatabase,
  input: Omit<MemberEvent, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>,
): Promise<void> {
  if (input.date > todayIso()) throw new MemberError('日期不能晚于今天');
  const probation = input.type === 'probation-extended' || input.type === 'probation-cancelled';
  if (probation && (input.note ?? '').trim() === '') throw new MemberError('请填写原因');
  if (input.type === 'probation-extended' && input.months === undefined) throw new MemberError('请填写延长的月数');
  await db.transaction('rw', [db.members, db.memberEvents], async () => {
    const member = await db.members.get(input.memberId);
    if (member === undefined) throw new MemberError('该党员记录不存在');
    if (probation && member.category !== '预备党员')
      throw new MemberError('只有预备党员可以延长预备期或取消预备党员资格');
    if (input.type === 'probation-extended' && (member.probationExtendedMonths ?? 0) + (input.months ?? 0) > 12) {
      throw new MemberError('预备期累计延长不能超过一年（党章第七条）');
    }
    const now = nowIso();
    await db.memberEvents.add(memberEventSchema.parse(createRecord<MemberEvent>(input, now)));
    await db.members.put(memberSchema.parse(touchRecord(applyMemberEvent(member, input), now)));
  });
}

/** Sets or clears the 送学上门 (条例 art. 23) and 出国（境）学习研究 (art. 34) flags of a member. */
export async function setMemberExemptions(
  db: LedgerDatabase,
  memberId: string,
  flags: { homeStudy?: HomeStudy; abroad?: AbroadStudy },
): Promise<void> {
  const today = todayIso();
  if ((flags.homeStudy?.since ?? '') > today || (flags.abroad?.from ?? '') > today) {
    throw new MemberError('日期不能晚于今天');
  }
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(memberId);
    if (member === undefined) throw new MemberError('该党员记录不存在');
    const { homeStudy: _h, abroad: _a, ...rest } = member;
    await db.members.put(memberSchema.parse(touchRecord({ ...rest, ...flags })));
  });
}

export async function listContactLogs(db: LedgerDatabase, memberId: string): Promise<ContactLog[]> {
  const logs = await db.contactLogs.where('memberId').equals(memberId).toArray();
  return logs.filter(isLive).sort((a, b) => b.date.localeCompare(a.date));
}

export async function addContactLog(
  db: LedgerDatabase,
  input: Omit<ContactLog, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>,
): Promise<void> {
  if (input.date > todayIso()) throw new MemberError('日期不能晚于今天');
  await db.contactLogs.add(contactLogSchema.parse(createRecord<ContactLog>(input)));
}

/** 确认: someone has checked what the import doubted (待核实) against the paper file; the notes are cleared. */
export async function confirmMemberChecks(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (member === undefined || member.toVerify === undefined) return;
    const { toVerify: _cleared, ...rest } = member;
    await db.members.put(memberSchema.parse({ ...rest, updatedAt: nowIso() }));
  });
}
