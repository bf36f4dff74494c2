import type { IsoDate } from '../../domain/entities/dates';
import type { Member, MemberEvent } from '../../domain/entities/member';
import { memberEventSchema, memberSchema } from '../../domain/entities/member';
import type { RecruitmentCase, RecruitmentStep } from '../../domain/entities/recruitment';
import { recruitmentCaseSchema, recruitmentStepSchema } from '../../domain/entities/recruitment';
import type { ApplicantFields } from '../../domain/rules/recruitment-applicant';
import { checkApplicant } from '../../domain/rules/recruitment-applicant';
import type { RecruitmentSettings, RosterPerson, StepDraft, StepRefusal } from '../../domain/rules/recruitment-case';
import {
  confirmationDate,
  DEFAULT_RECRUITMENT_SETTINGS,
  evaluateCase,
  validateStep,
} from '../../domain/rules/recruitment-case';
import { isCountedMember } from '../../domain/rules/member-standing';
import { applyMemberEvent } from '../../domain/rules/member-status';
import type { LedgerDatabase } from '../database';
import { loadPinyin } from '../name-pinyin';
import { createRecord, nowIso, softDeleted, touchRecord } from '../records';
import { insertMember, memberFromFields } from './member-repository';

/** A refusal with the rule broken and, when waiting would help, the first possible date. */
export class RecruitmentError extends Error {
  constructor(
    message: string,
    readonly refusal?: StepRefusal,
  ) {
    super(message);
  }
}

const SETTINGS_KEY = 'recruitment';

export async function getRecruitmentSettings(db: LedgerDatabase): Promise<RecruitmentSettings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return { ...DEFAULT_RECRUITMENT_SETTINGS, ...(row?.value as Partial<RecruitmentSettings> | undefined) };
}

export async function saveRecruitmentSettings(db: LedgerDatabase, settings: RecruitmentSettings): Promise<void> {
  if (!Number.isInteger(settings.publicityDays) || settings.publicityDays < 1 || settings.publicityDays > 60)
    throw new RecruitmentError('公示天数应为 1 至 60 的整数');
  await db.settings.put({ key: SETTINGS_KEY, value: settings, updatedAt: nowIso() });
}

export async function listCases(db: LedgerDatabase): Promise<RecruitmentCase[]> {
  const rows = await db.recruitmentCases.orderBy('applicationDate').toArray();
  return rows.filter((row) => row.deletedAt === undefined);
}

export async function getCase(db: LedgerDatabase, id: string): Promise<RecruitmentCase | undefined> {
  const row = await db.recruitmentCases.get(id);
  return row?.deletedAt === undefined ? row : undefined;
}

/** The live steps of the given cases, by case. */
export async function stepsByCase(
  db: LedgerDatabase,
  caseIds: readonly string[],
): Promise<Map<string, RecruitmentStep[]>> {
  const rows = await db.recruitmentSteps
    .where('caseId')
    .anyOf([...caseIds])
    .toArray();
  const byCase = new Map<string, RecruitmentStep[]>(caseIds.map((id) => [id, []]));
  for (const row of rows) if (row.deletedAt === undefined) byCase.get(row.caseId)?.push(row);
  for (const steps of byCase.values())
    steps.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return byCase;
}

export async function listSteps(db: LedgerDatabase, caseId: string): Promise<RecruitmentStep[]> {
  return (await stepsByCase(db, [caseId])).get(caseId) ?? [];
}

function rosterPerson(member: Member): RosterPerson {
  return { id: member.id, name: member.name, category: member.category, active: isCountedMember(member) };
}

/** 正式党员 in the books, who may be chosen as 培养联系人 or 入党介绍人. */
export async function listFullMembers(db: LedgerDatabase): Promise<RosterPerson[]> {
  const members = await db.members.toArray();
  return members
    .map(rosterPerson)
    .filter((person) => person.active && person.category === '正式党员')
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export async function membersByIds(db: LedgerDatabase, ids: readonly string[]): Promise<Map<string, RosterPerson>> {
  const members = await db.members.bulkGet([...new Set(ids)]);
  return new Map(members.flatMap((member) => (member === undefined ? [] : [[member.id, rosterPerson(member)]])));
}

/** Enters an 入党申请人; the ID is checked like a member's and nobody is entered twice. */
export async function createCase(db: LedgerDatabase, input: ApplicantFields, today: IsoDate): Promise<RecruitmentCase> {
  const checked = checkApplicant(input, today);
  if (!checked.ok) throw new RecruitmentError(checked.message);
  const record = recruitmentCaseSchema.parse(createRecord<RecruitmentCase>(checked.fields));
  await db.transaction('rw', [db.recruitmentCases, db.members], async () => {
    const same = (await db.recruitmentCases.where('idNumber').equals(record.idNumber).toArray()).find(
      (other) => other.deletedAt === undefined,
    );
    if (same !== undefined) throw new RecruitmentError(`身份证号 ${record.idNumber} 已登记为入党申请人“${same.name}”`);
    const member = (await db.members.where('idNumber').equals(record.idNumber).toArray())[0];
    if (member !== undefined)
      throw new RecruitmentError(`身份证号 ${record.idNumber} 已在党员名册中（${member.name}）`);
    await db.recruitmentCases.add(record);
  });
  return record;
}

/** The member record the 支部大会 admission creates: a 预备党员 with the dates known so far. */
function admittedMemberFields(caseRecord: RecruitmentCase, joinDate: IsoDate) {
  return {
    name: caseRecord.name,
    gender: caseRecord.gender,
    idNumber: caseRecord.idNumber,
    birthDate: caseRecord.birthDate,
    ...(caseRecord.ethnicity === undefined ? {} : { ethnicity: caseRecord.ethnicity }),
    ...(caseRecord.education === undefined ? {} : { education: caseRecord.education }),
    ...(caseRecord.phone === undefined ? {} : { phone: caseRecord.phone }),
    ...(caseRecord.workUnit === undefined ? {} : { workUnit: caseRecord.workUnit }),
    category: '预备党员' as const,
    branchId: caseRecord.branchId,
    joinDate,
    partyStanding: '正常' as const,
    lostContact: false,
    floating: false,
    membershipStatus: 'active' as const,
    note: '由发展党员程序接收为预备党员',
  };
}

async function applyEvent(
  db: LedgerDatabase,
  memberId: string,
  event: Pick<MemberEvent, 'type' | 'date' | 'note'>,
  now: string,
): Promise<void> {
  const member = await db.members.get(memberId);
  if (member === undefined) throw new RecruitmentError('对应的党员记录不存在（可能在回收站中），请先在名册中恢复');
  await db.memberEvents.add(memberEventSchema.parse(createRecord<MemberEvent>({ memberId, ...event }, now)));
  await db.members.put(memberSchema.parse(touchRecord(applyMemberEvent(member, event), now)));
}

/**
 * Records a step after checking every rule; a refused step writes nothing. The passing 支部大会 vote
 * creates the 预备党员 in the roster, and the approval of 转正 sets the member's 转正 date (the end of the
 * 预备期), in the same transaction as the step.
 */
export async function addStep(
  db: LedgerDatabase,
  caseId: string,
  input: StepDraft,
  today: IsoDate,
): Promise<RecruitmentStep> {
  const pinyinOf = input.kind === 'admission-vote' ? await loadPinyin() : undefined;
  const settings = await getRecruitmentSettings(db);
  const draft: StepDraft =
    input.kind === 'publicity' ? { ...input, publicityDays: input.publicityDays ?? settings.publicityDays } : input;
  const tables = [db.recruitmentCases, db.recruitmentSteps, db.members, db.memberEvents];
  return db.transaction('rw', tables, async () => {
    const caseRecord = await getCase(db, caseId);
    if (caseRecord === undefined) throw new RecruitmentError('该入党申请人记录不存在');
    const steps = await listSteps(db, caseId);
    const roster = await membersByIds(db, draft.memberIds ?? []);
    const refusal = validateStep(caseRecord, steps, draft, today, roster, settings);
    if (refusal !== null) throw new RecruitmentError(`${refusal.message}。${refusal.rule}`, refusal);
    const now = nowIso();
    const step = recruitmentStepSchema.parse(createRecord<RecruitmentStep>({ ...draft, caseId }, now));
    await db.recruitmentSteps.add(step);
    if (draft.kind === 'admission-vote' && draft.vote?.declared === '通过' && pinyinOf !== undefined) {
      const member = memberFromFields(admittedMemberFields(caseRecord, draft.date), pinyinOf, now);
      await insertMember(db, member, now);
      await db.recruitmentCases.put(touchRecord({ ...caseRecord, memberId: member.id }, now));
    }
    if (draft.kind === 'confirmation-approval' && caseRecord.memberId !== undefined) {
      const fullDate = confirmationDate(caseRecord, [...steps, step], settings) ?? draft.date;
      await applyEvent(
        db,
        caseRecord.memberId,
        { type: 'confirmed', date: fullDate, note: '发展党员程序：上级党委批准转正' },
        now,
      );
    }
    if (draft.kind === 'cancellation' && caseRecord.memberId !== undefined) {
      await applyEvent(
        db,
        caseRecord.memberId,
        { type: 'removed', date: draft.date, note: `取消预备党员资格：${draft.content ?? ''}` },
        now,
      );
    }
    return step;
  });
}

/**
 * Moves a mistaken step to the recycle bin. Only the latest step of a case may go, and not one that
 * changed the roster (the admission or the 转正): that is corrected in the roster itself.
 */
export async function deleteStep(db: LedgerDatabase, stepId: string): Promise<void> {
  await db.transaction('rw', [db.recruitmentSteps], async () => {
    const step = await db.recruitmentSteps.get(stepId);
    if (step === undefined || step.deletedAt !== undefined) return;
    const steps = await listSteps(db, step.caseId);
    if (steps[steps.length - 1]?.id !== step.id) throw new RecruitmentError('只能删除最后记录的一个步骤');
    const changedRoster =
      (step.kind === 'admission-vote' && step.vote?.declared === '通过') ||
      step.kind === 'confirmation-approval' ||
      step.kind === 'cancellation';
    if (changedRoster) throw new RecruitmentError('该步骤已写入党员名册，不能删除；如有错误请在党员名册中更正');
    await db.recruitmentSteps.put(softDeleted(step));
  });
}

export interface CaseRow {
  record: RecruitmentCase;
  steps: RecruitmentStep[];
  status: ReturnType<typeof evaluateCase>;
}

/** Every live case with its steps and its state on `today`, for the board and the overview. */
export async function listCaseRows(db: LedgerDatabase, today: IsoDate): Promise<CaseRow[]> {
  const [cases, settings] = await Promise.all([listCases(db), getRecruitmentSettings(db)]);
  const steps = await stepsByCase(
    db,
    cases.map((record) => record.id),
  );
  return cases.map((record) => {
    const own = steps.get(record.id) ?? [];
    return { record, steps: own, status: evaluateCase(record, own, today, settings) };
  });
}

export interface WalkInAttendance {
  id: string;
  date: IsoDate;
  activityTitle: string;
  hours: number;
}

/**
 * The person's attendance at activities since `from`, signed in as a walk-in 入党积极分子 (the sign-in
 * sheet has no member id for them, so they are matched by name). Read by the date index from `from` on.
 */
export async function walkInAttendance(db: LedgerDatabase, name: string, from: IsoDate): Promise<WalkInAttendance[]> {
  const rows = await db.attendance
    .where('date')
    .aboveOrEqual(from)
    .filter(
      (row) =>
        row.deletedAt === undefined &&
        row.memberId === undefined &&
        row.personCategory === 'activist' &&
        row.personName === name &&
        (row.status === 'present' || row.status === 'late'),
    )
    .toArray();
  const activities = await db.activities.bulkGet([...new Set(rows.map((row) => row.activityId))]);
  const live = new Map(
    activities.flatMap((activity) =>
      activity === undefined || activity.deletedAt !== undefined ? [] : [[activity.id, activity.title]],
    ),
  );
  return rows
    .filter((row) => live.has(row.activityId))
    .map((row) => ({ id: row.id, date: row.date, activityTitle: live.get(row.activityId) ?? '', hours: row.hours }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
