import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/** 民主评议党员 grades (党员教育管理工作条例 2019 art. 18; DOMAIN.md "民主评议党员"). */
export const reviewGrades = ['excellent', 'qualified', 'basically-qualified', 'unqualified'] as const;
export type ReviewGrade = (typeof reviewGrades)[number];
export const reviewGradeLabels: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  'basically-qualified': '基本合格',
  unqualified: '不合格',
};
/** The key typed for each grade while tallying paper ballots, and the box it is on the 测评表. */
export const reviewGradeKeys: Record<ReviewGrade, '1' | '2' | '3' | '4'> = {
  excellent: '1',
  qualified: '2',
  'basically-qualified': '3',
  unqualified: '4',
};

export const reviewEntrySchema = z.object({
  /** 个人总结 received on. */
  summaryReceivedDate: isoDateSchema.optional(),
  /** The branch's decision; it may differ from the ballot tally. */
  grade: z.enum(reviewGrades).optional(),
  note: z.string().max(500, '备注不超过 500 个字').optional(),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/**
 * One branch's review for one year. `memberIds` is the branch's roster when the round was opened: only
 * these members can be graded or marked on a ballot, and the 党员互评 ballots can be no more than them.
 */
export const reviewRoundSchema = baseRecordSchema.extend({
  branchId: z.string().min(1),
  year: z.number().int().min(1921).max(2200),
  memberIds: z.array(z.string()),
  entries: z.record(z.string(), reviewEntrySchema),
  /** 支部党员大会 decision date. */
  decisionDate: isoDateSchema.optional(),
  /** 评议情况 in the office's words, for the 情况报告. */
  note: z.string().max(2000, '备注不超过 2000 个字').optional(),
});
export type ReviewRound = z.infer<typeof reviewRoundSchema>;

/** 党员互评 (by members) and 群众评议 (by residents) ballots. */
export const ballotKinds = ['peer', 'public'] as const;
export type BallotKind = (typeof ballotKinds)[number];
export const ballotKindLabels: Record<BallotKind, string> = { peer: '党员互评', public: '群众评议' };

/** One returned 测评表: the box ticked for each member (members left blank are absent from `marks`). */
export const reviewBallotSchema = baseRecordSchema.extend({
  roundId: z.string().min(1),
  kind: z.enum(ballotKinds),
  marks: z.record(z.string(), z.enum(reviewGrades)),
});
export type ReviewBallot = z.infer<typeof reviewBallotSchema>;

export const correctionOutcomes = ['corrected', 'not-corrected'] as const;
export type CorrectionOutcome = (typeof correctionOutcomes)[number];
export const correctionOutcomeLabels: Record<CorrectionOutcome, string> = {
  corrected: '已改正',
  'not-corrected': '仍无转变（另作处置）',
};

/** 不合格 → 限期改正 (条例 art. 30): a deadline of at most one year, then an outcome. */
export const correctionCaseSchema = baseRecordSchema
  .extend({
    memberId: z.string().min(1),
    roundId: z.string().min(1),
    startDate: isoDateSchema,
    deadline: isoDateSchema,
    requirements: z.string().trim().max(1000, '改正要求不超过 1000 个字').optional(),
    outcome: z.enum(correctionOutcomes).optional(),
    outcomeDate: isoDateSchema.optional(),
    outcomeNote: z.string().max(1000).optional(),
  })
  .refine((c) => c.deadline > c.startDate, { error: '改正期限应晚于开始日期', path: ['deadline'] })
  .refine((c) => c.outcomeDate === undefined || c.outcomeDate >= c.startDate, {
    error: '处理日期不能早于开始日期',
    path: ['outcomeDate'],
  });
export type CorrectionCase = z.infer<typeof correctionCaseSchema>;
