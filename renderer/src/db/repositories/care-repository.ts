import type {
  CareKind,
  CareObject,
  CareOccasion,
  CareRound,
  CareVisit,
  FiftyYearAward,
} from '../../domain/entities/care';
import { careObjectSchema, careRoundSchema, careVisitSchema, fiftyYearAwardSchema } from '../../domain/entities/care';
import type { Member } from '../../domain/entities/member';
import type { NewRecord } from '../../domain/entities/record';
import { fiftyYearEligible } from '../../domain/rules/fifty-years-in-party';
import type { LedgerDatabase } from '../database';
import { createRecord, softDeleted, touchRecord } from '../records';

/** A refused care write; the message is for the user. */
export class CareError extends Error {}

function live<T extends { deletedAt?: string | undefined }>(rows: readonly (T | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== undefined && row.deletedAt === undefined);
}

function firstIssue(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? '输入有误。';
}

export async function listCareObjects(db: LedgerDatabase): Promise<CareObject[]> {
  return live(await db.careObjects.toArray());
}

/** Sets the member's care kinds (one record per member); no kinds removes him from the care list. */
export async function setCareObject(
  db: LedgerDatabase,
  memberId: string,
  kinds: CareKind[],
  note?: string,
): Promise<void> {
  await db.transaction('rw', db.careObjects, db.members, async () => {
    const member = await db.members.get(memberId);
    if (member === undefined || member.deletedAt !== undefined) throw new CareError('这名党员已被删除或不存在。');
    const existing = live(await db.careObjects.where('memberId').equals(memberId).toArray())[0];
    if (kinds.length === 0) {
      if (existing !== undefined) await db.careObjects.put(softDeleted(existing));
      return;
    }
    const fields = { memberId, kinds, ...(note === undefined || note.trim() === '' ? {} : { note }) };
    const next =
      existing === undefined
        ? createRecord<CareObject>(fields)
        : touchRecord({ ...fields, id: existing.id, createdAt: existing.createdAt, updatedAt: existing.updatedAt });
    const result = careObjectSchema.safeParse(next);
    if (!result.success) throw new CareError(firstIssue(result.error));
    await db.careObjects.put(result.data);
  });
}

export async function listCareRounds(db: LedgerDatabase, year: number): Promise<CareRound[]> {
  return live(await db.careRounds.where('year').equals(year).toArray());
}

export async function getCareRound(db: LedgerDatabase, id: string): Promise<CareRound | undefined> {
  const row = await db.careRounds.get(id);
  return row?.deletedAt === undefined ? row : undefined;
}

/** A 七一 / 春节 round whose list starts as everyone on the care list. */
export async function createCareRound(
  db: LedgerDatabase,
  year: number,
  occasion: CareOccasion,
  title: string,
): Promise<CareRound> {
  return db.transaction('rw', db.careRounds, db.careObjects, async () => {
    const objects = live(await db.careObjects.toArray());
    if (objects.length === 0) throw new CareError('还没有关怀对象，请先在“关怀对象”中登记。');
    const result = careRoundSchema.safeParse(
      createRecord<CareRound>({ year, occasion, title, memberIds: [...new Set(objects.map((o) => o.memberId))] }),
    );
    if (!result.success) throw new CareError(firstIssue(result.error));
    await db.careRounds.add(result.data);
    return result.data;
  });
}

export async function visitsOfRound(db: LedgerDatabase, roundId: string): Promise<CareVisit[]> {
  return live(await db.careVisits.where('roundId').equals(roundId).toArray());
}

/** A visit; refused: a negative amount, a member not on the round's list, a date after today. */
export async function addCareVisit(db: LedgerDatabase, input: NewRecord<CareVisit>, today: string): Promise<CareVisit> {
  return db.transaction('rw', db.careVisits, db.careRounds, async () => {
    const result = careVisitSchema.safeParse(createRecord<CareVisit>(input));
    if (!result.success) throw new CareError(firstIssue(result.error));
    if (result.data.date > today) throw new CareError('走访日期晚于今天，不能登记。');
    if (input.roundId !== undefined) {
      const round = await getCareRound(db, input.roundId);
      if (round === undefined) throw new CareError('这批走访慰问已被删除或不存在。');
      if (!round.memberIds.includes(input.memberId)) throw new CareError('此人不在这批走访慰问的名单中。');
    }
    await db.careVisits.add(result.data);
    return result.data;
  });
}

export async function setVisitSigned(db: LedgerDatabase, id: string, signed: boolean): Promise<void> {
  await db.transaction('rw', db.careVisits, async () => {
    const row = await db.careVisits.get(id);
    if (row === undefined || row.deletedAt !== undefined) throw new CareError('这条走访记录已被删除或不存在。');
    await db.careVisits.put(touchRecord({ ...row, signed }));
  });
}

export interface FiftyYearList {
  eligible: Member[];
  awarded: { award: FiftyYearAward; member: Member | undefined }[];
}

/** Who can receive the 光荣在党50年 medal in `year`, and who received it that year. */
export async function loadFiftyYearList(db: LedgerDatabase, year: number): Promise<FiftyYearList> {
  const [members, awards] = await Promise.all([db.members.toArray(), db.fiftyYearAwards.toArray()]);
  const liveAwards = live(awards);
  const awardedIds = new Set(liveAwards.map((a) => a.memberId));
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    eligible: fiftyYearEligible(members, year, awardedIds).sort((a, b) =>
      (a.fullMemberDate ?? '').localeCompare(b.fullMemberDate ?? ''),
    ),
    awarded: liveAwards.filter((a) => a.year === year).map((award) => ({ award, member: byId.get(award.memberId) })),
  };
}

/** Records the medal for several members at once: all or none. */
export async function awardFiftyYears(
  db: LedgerDatabase,
  memberIds: readonly string[],
  year: number,
  awardedDate: string,
): Promise<void> {
  await db.transaction('rw', db.fiftyYearAwards, db.members, async () => {
    const already = new Set(
      live(
        await db.fiftyYearAwards
          .where('memberId')
          .anyOf([...memberIds])
          .toArray(),
      ).map((a) => a.memberId),
    );
    const records = memberIds.map((memberId) => {
      if (already.has(memberId)) throw new CareError('名单中有人已经颁发过纪念章。');
      const result = fiftyYearAwardSchema.safeParse(createRecord<FiftyYearAward>({ memberId, year, awardedDate }));
      if (!result.success) throw new CareError(firstIssue(result.error));
      return result.data;
    });
    await db.fiftyYearAwards.bulkAdd(records);
  });
}
