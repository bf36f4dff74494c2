import type { Member } from '../../domain/entities/member';
import type { NewRecord } from '../../domain/entities/record';
import type {
  BallotKind,
  CorrectionCase,
  CorrectionOutcome,
  ReviewBallot,
  ReviewEntry,
  ReviewGrade,
  ReviewRound,
} from '../../domain/entities/review';
import {
  correctionCaseSchema,
  reviewBallotSchema,
  reviewGradeLabels,
  reviewRoundSchema,
} from '../../domain/entities/review';
import { ballotProblem, gradeProblem } from '../../domain/rules/ballot-check';
import { correctionDeadlineProblem } from '../../domain/rules/correction-deadline';
import { isCountedMember } from '../../domain/rules/member-standing';
import type { LedgerDatabase } from '../database';
import { createRecord, softDeleted, touchRecord } from '../records';

/** A refused review write; the message is for the user. */
export class ReviewError extends Error {}

function live<T extends { deletedAt?: string | undefined }>(rows: readonly (T | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== undefined && row.deletedAt === undefined);
}

/** Members on the branch's books at the end of `year` (or today, for this year): the round's roster. */
export function rosterForReview(members: readonly Member[], branchId: string, year: number): Member[] {
  const yearEnd = `${year}-12-31`;
  return members.filter(
    (m) => m.branchId === branchId && isCountedMember(m) && (m.joinDate === undefined || m.joinDate <= yearEnd),
  );
}

export async function listReviewRounds(db: LedgerDatabase, year: number): Promise<ReviewRound[]> {
  return live(await db.reviewRounds.where('year').equals(year).toArray());
}

export async function getReviewRound(db: LedgerDatabase, id: string): Promise<ReviewRound | undefined> {
  const round = await db.reviewRounds.get(id);
  return round?.deletedAt === undefined ? round : undefined;
}

/** Opens a branch's review for a year, its roster taken from the branch's members now. */
export async function openReviewRound(db: LedgerDatabase, branchId: string, year: number): Promise<ReviewRound> {
  return db.transaction('rw', db.reviewRounds, db.members, db.orgUnits, async () => {
    const branch = await db.orgUnits.get(branchId);
    if (branch === undefined || branch.deletedAt !== undefined || branch.kind !== 'branch')
      throw new ReviewError('请选择一个党支部。');
    const existing = live(await db.reviewRounds.where('[branchId+year]').equals([branchId, year]).toArray());
    if (existing.length > 0) throw new ReviewError(`${branch.name}${year}年度的民主评议已经建立。`);
    const members = await db.members.where('branchId').equals(branchId).toArray();
    const roster = rosterForReview(members, branchId, year);
    if (roster.length === 0) throw new ReviewError(`${branch.name}没有可参加评议的党员。`);
    const round = reviewRoundSchema.parse(
      createRecord<ReviewRound>({ branchId, year, memberIds: roster.map((m) => m.id), entries: {} }),
    );
    await db.reviewRounds.add(round);
    return round;
  });
}

async function changeRound(
  db: LedgerDatabase,
  roundId: string,
  change: (round: ReviewRound) => ReviewRound,
): Promise<ReviewRound> {
  return db.transaction('rw', db.reviewRounds, async () => {
    const round = await getReviewRound(db, roundId);
    if (round === undefined) throw new ReviewError('这次民主评议已被删除或不存在。');
    const valid = reviewRoundSchema.parse(touchRecord(change(round)));
    await db.reviewRounds.put(valid);
    return valid;
  });
}

/** 个人总结 date, the decided grade or a note for one member; refused for anyone not on the round's roster. */
export function setReviewEntry(
  db: LedgerDatabase,
  roundId: string,
  memberId: string,
  changes: Partial<Record<keyof ReviewEntry, string | undefined>> & { grade?: ReviewGrade | undefined },
): Promise<ReviewRound> {
  return changeRound(db, roundId, (round) => {
    const problem = gradeProblem(memberId, round.memberIds);
    if (problem !== null) throw new ReviewError(problem);
    const merged = Object.fromEntries(
      Object.entries({ ...round.entries[memberId], ...changes }).filter(
        ([, value]: [string, unknown]) => typeof value === 'string' && value !== '',
      ),
    ) as ReviewEntry;
    return { ...round, entries: { ...round.entries, [memberId]: merged } };
  });
}

export function setReviewRoundDetails(
  db: LedgerDatabase,
  roundId: string,
  details: { decisionDate?: string | undefined; note?: string | undefined },
): Promise<ReviewRound> {
  return changeRound(db, roundId, (round) => {
    const next: ReviewRound = { ...round };
    delete next.decisionDate;
    delete next.note;
    if (details.decisionDate !== undefined && details.decisionDate !== '') next.decisionDate = details.decisionDate;
    if (details.note !== undefined && details.note.trim() !== '') next.note = details.note;
    return next;
  });
}

export async function ballotsOfRound(db: LedgerDatabase, roundId: string): Promise<ReviewBallot[]> {
  const rows = live(await db.reviewBallots.where('roundId').equals(roundId).toArray());
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** One returned 测评表. Refused: marks for people not on the roster, more 互评 ballots than members. */
export async function addReviewBallot(
  db: LedgerDatabase,
  roundId: string,
  kind: BallotKind,
  marks: Record<string, ReviewGrade>,
): Promise<ReviewBallot> {
  return db.transaction('rw', db.reviewRounds, db.reviewBallots, async () => {
    const round = await getReviewRound(db, roundId);
    if (round === undefined) throw new ReviewError('这次民主评议已被删除或不存在。');
    const ballots = await ballotsOfRound(db, roundId);
    const problem = ballotProblem({
      kind,
      memberIds: round.memberIds,
      peerBallotsSoFar: ballots.filter((b) => b.kind === 'peer').length,
      marks,
    });
    if (problem !== null) throw new ReviewError(problem);
    const ballot = reviewBallotSchema.parse(createRecord<ReviewBallot>({ roundId, kind, marks }));
    await db.reviewBallots.add(ballot);
    return ballot;
  });
}

export async function deleteReviewBallot(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.reviewBallots, async () => {
    const ballot = await db.reviewBallots.get(id);
    if (ballot === undefined || ballot.deletedAt !== undefined) return;
    await db.reviewBallots.put(softDeleted(ballot));
  });
}

export type CorrectionCaseInput = Pick<NewRecord<CorrectionCase>, 'memberId' | 'roundId' | 'startDate' | 'deadline'> & {
  requirements?: string;
};

/** 限期改正 for a member the branch rated 不合格 (条例 art. 30): the deadline at most a year away. */
export async function openCorrectionCase(db: LedgerDatabase, input: CorrectionCaseInput): Promise<CorrectionCase> {
  return db.transaction('rw', db.reviewRounds, db.correctionCases, async () => {
    const round = await getReviewRound(db, input.roundId);
    if (round === undefined) throw new ReviewError('这次民主评议已被删除或不存在。');
    if (round.entries[input.memberId]?.grade !== 'unqualified')
      throw new ReviewError('只有支部评定为“不合格”的党员才需限期改正。');
    const problem = correctionDeadlineProblem(input.startDate, input.deadline);
    if (problem !== null) throw new ReviewError(problem);
    const open = live(await db.correctionCases.where('memberId').equals(input.memberId).toArray()).filter(
      (c) => c.roundId === input.roundId,
    );
    if (open.length > 0) throw new ReviewError('这名党员在本次评议中已有限期改正记录。');
    const fields: NewRecord<CorrectionCase> = {
      memberId: input.memberId,
      roundId: input.roundId,
      startDate: input.startDate,
      deadline: input.deadline,
      ...(input.requirements === undefined || input.requirements.trim() === ''
        ? {}
        : { requirements: input.requirements }),
    };
    const record = correctionCaseSchema.parse(createRecord<CorrectionCase>(fields));
    await db.correctionCases.add(record);
    return record;
  });
}

export async function closeCorrectionCase(
  db: LedgerDatabase,
  id: string,
  outcome: CorrectionOutcome,
  outcomeDate: string,
  outcomeNote?: string,
): Promise<CorrectionCase> {
  return db.transaction('rw', db.correctionCases, async () => {
    const before = await db.correctionCases.get(id);
    if (before === undefined || before.deletedAt !== undefined) throw new ReviewError('这条限期改正记录不存在。');
    const next = {
      ...before,
      outcome,
      outcomeDate,
      ...(outcomeNote === undefined || outcomeNote === '' ? {} : { outcomeNote }),
    };
    const result = correctionCaseSchema.safeParse(touchRecord(next));
    if (!result.success) throw new ReviewError(result.error.issues[0]?.message ?? '输入有误。');
    await db.correctionCases.put(result.data);
    return result.data;
  });
}

export async function correctionCasesOfRound(db: LedgerDatabase, roundId: string): Promise<CorrectionCase[]> {
  return live(await db.correctionCases.where('roundId').equals(roundId).toArray());
}

export interface MemberReviewGrade {
  roundId: string;
  year: number;
  grade?: ReviewGrade;
}

/** The member's grades, newest year first: one read by the rounds' multi-entry roster index. */
export async function reviewGradesOfMember(db: LedgerDatabase, memberId: string): Promise<MemberReviewGrade[]> {
  const rounds = live(await db.reviewRounds.where('memberIds').equals(memberId).toArray());
  return rounds
    .map((round) => {
      const grade = round.entries[memberId]?.grade;
      return { roundId: round.id, year: round.year, ...(grade === undefined ? {} : { grade }) };
    })
    .sort((a, b) => b.year - a.year);
}

export interface OpenCorrection {
  item: CorrectionCase;
  member: { id: string; name: string; branchId: string; branchName: string };
}

/** 限期改正 cases without an outcome, with who they concern (a small table: read whole). */
export async function openCorrectionCases(db: LedgerDatabase): Promise<OpenCorrection[]> {
  const cases = live(await db.correctionCases.toArray()).filter((c) => c.outcome === undefined);
  if (cases.length === 0) return [];
  const [members, units] = await Promise.all([db.members.bulkGet(cases.map((c) => c.memberId)), db.orgUnits.toArray()]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return cases.flatMap((item, index) => {
    const member = members[index];
    if (member === undefined || member.deletedAt !== undefined) return [];
    return [
      {
        item,
        member: {
          id: member.id,
          name: member.name,
          branchId: member.branchId,
          branchName: unitName.get(member.branchId) ?? '',
        },
      },
    ];
  });
}

/** Each member's decided grade label in a year (for the 学习记录表): one read by the rounds' year index. */
export async function reviewGradesOfYear(db: LedgerDatabase, year: number): Promise<Map<string, string>> {
  const rounds = live(await db.reviewRounds.where('year').equals(year).toArray());
  const grades = new Map<string, string>();
  for (const round of rounds) {
    for (const [memberId, entry] of Object.entries(round.entries)) {
      if (entry.grade !== undefined) grades.set(memberId, reviewGradeLabels[entry.grade]);
    }
  }
  return grades;
}
