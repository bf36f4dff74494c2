import type { InServiceMember, ServiceRecord } from '../../domain/entities/in-service';
import { inServiceMemberSchema, serviceRecordSchema } from '../../domain/entities/in-service';
import type { NewRecord } from '../../domain/entities/record';
import { serviceRecordProblem } from '../../domain/rules/service-hours';
import type { LedgerDatabase } from '../database';
import { createRecord, softDeleted, touchRecord } from '../records';

/** 在职党员 (双报到) are their own table: never members, so no roster, warning or rate ever counts them. */
export class InServiceError extends Error {}

function firstIssue(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? '输入有误。';
}

export async function listInServiceMembers(db: LedgerDatabase): Promise<InServiceMember[]> {
  const rows = await db.inServiceMembers.orderBy('name').toArray();
  return rows.filter((row) => row.deletedAt === undefined);
}

export async function getInServiceMember(db: LedgerDatabase, id: string): Promise<InServiceMember | undefined> {
  const row = await db.inServiceMembers.get(id);
  return row?.deletedAt === undefined ? row : undefined;
}

export async function addInServiceMember(
  db: LedgerDatabase,
  input: NewRecord<InServiceMember>,
): Promise<InServiceMember> {
  const result = inServiceMemberSchema.safeParse(createRecord<InServiceMember>(input));
  if (!result.success) throw new InServiceError(firstIssue(result.error));
  await db.transaction('rw', db.inServiceMembers, () => db.inServiceMembers.add(result.data));
  return result.data;
}

/** Changing the report date is refused when service is already recorded before the new date. */
export async function updateInServiceMember(
  db: LedgerDatabase,
  id: string,
  input: NewRecord<InServiceMember>,
): Promise<InServiceMember> {
  return db.transaction('rw', db.inServiceMembers, db.serviceRecords, async () => {
    const before = await getInServiceMember(db, id);
    if (before === undefined) throw new InServiceError('这名在职党员已被删除或不存在。');
    const result = inServiceMemberSchema.safeParse(
      touchRecord({ ...input, id, createdAt: before.createdAt, updatedAt: '' }),
    );
    if (!result.success) throw new InServiceError(firstIssue(result.error));
    const earlier = (await serviceRecordsOf(db, id)).find((r) => r.date < result.data.reportDate);
    if (earlier !== undefined) throw new InServiceError(`已有 ${earlier.date} 的服务记录，报到日期不能晚于它。`);
    await db.inServiceMembers.put(result.data);
    return result.data;
  });
}

export async function serviceRecordsOf(db: LedgerDatabase, personId: string): Promise<ServiceRecord[]> {
  const rows = await db.serviceRecords.where('[personId+date]').between([personId, ''], [personId, '\uffff']).toArray();
  return rows.filter((row) => row.deletedAt === undefined);
}

/** All live records of the given people (one indexed read each), for the yearly totals. */
export async function serviceRecordsOfMany(db: LedgerDatabase, personIds: readonly string[]): Promise<ServiceRecord[]> {
  const rows = await db.serviceRecords
    .where('personId')
    .anyOf([...personIds])
    .toArray();
  return rows.filter((row) => row.deletedAt === undefined);
}

export async function addServiceRecord(
  db: LedgerDatabase,
  input: NewRecord<ServiceRecord>,
  today: string,
): Promise<ServiceRecord> {
  return db.transaction('rw', db.inServiceMembers, db.serviceRecords, async () => {
    const person = await getInServiceMember(db, input.personId);
    if (person === undefined) throw new InServiceError('这名在职党员已被删除或不存在。');
    const result = serviceRecordSchema.safeParse(createRecord<ServiceRecord>(input));
    if (!result.success) throw new InServiceError(firstIssue(result.error));
    const problem = serviceRecordProblem(person, result.data.date, today);
    if (problem !== null) throw new InServiceError(problem);
    await db.serviceRecords.add(result.data);
    return result.data;
  });
}

export async function deleteServiceRecord(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.serviceRecords, async () => {
    const row = await db.serviceRecords.get(id);
    if (row !== undefined && row.deletedAt === undefined) await db.serviceRecords.put(softDeleted(row));
  });
}

/**
 * A community service activity several in-service members took part in: one service record each, all in
 * one transaction. If the date is before anyone's report date, nothing is written and the reason names them.
 */
export async function addServiceActivity(
  db: LedgerDatabase,
  activity: Omit<NewRecord<ServiceRecord>, 'personId'>,
  personIds: readonly string[],
  today: string,
): Promise<ServiceRecord[]> {
  if (personIds.length === 0) throw new InServiceError('请选择参加的在职党员。');
  return db.transaction('rw', db.inServiceMembers, db.serviceRecords, async () => {
    const people = await db.inServiceMembers.bulkGet([...personIds]);
    const records: ServiceRecord[] = [];
    const early: string[] = [];
    for (const person of people) {
      if (person === undefined || person.deletedAt !== undefined)
        throw new InServiceError('名单中有在职党员已被删除。');
      const result = serviceRecordSchema.safeParse(createRecord<ServiceRecord>({ ...activity, personId: person.id }));
      if (!result.success) throw new InServiceError(firstIssue(result.error));
      const problem = serviceRecordProblem(person, result.data.date, today);
      if (problem !== null && result.data.date < person.reportDate)
        early.push(`${person.name}（${person.reportDate}报到）`);
      else if (problem !== null) throw new InServiceError(problem);
      records.push(result.data);
    }
    if (early.length > 0) throw new InServiceError(`活动日期早于以下人员的报到日期，未登记：${early.join('、')}。`);
    await db.serviceRecords.bulkAdd(records);
    return records;
  });
}
