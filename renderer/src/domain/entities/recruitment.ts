import { z } from 'zod';
import { isoDateSchema } from './dates';
import { educationLevels, genders } from './member';
import { baseRecordSchema } from './record';

/** 《中国共产党发展党员工作细则》(2014): the five stages a person passes through. */
export const recruitmentStages = ['申请人', '积极分子', '发展对象', '预备党员', '正式党员'] as const;
export type RecruitmentStage = (typeof recruitmentStages)[number];

/**
 * One person in the pipeline (not yet a member): the 入党申请人 as entered when the written application
 * arrives. `memberId` is set when the 支部大会 admits them and the roster record is created.
 */
export const recruitmentCaseSchema = baseRecordSchema.extend({
  name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不超过 30 个字'),
  /** GB 11643-1999, checked like a member's. */
  idNumber: z.string().length(18, '身份证号应为 18 位'),
  gender: z.enum(genders),
  birthDate: isoDateSchema,
  ethnicity: z.string().max(20).optional(),
  education: z.enum(educationLevels).optional(),
  phone: z.string().max(30).optional(),
  workUnit: z.string().max(80).optional(),
  branchId: z.string().min(1, '请选择党支部'),
  /** 递交入党申请书日期 */
  applicationDate: isoDateSchema,
  memberId: z.string().optional(),
  note: z.string().max(1000).optional(),
});
export type RecruitmentCase = z.infer<typeof recruitmentCaseSchema>;

export const voteSchema = z.object({
  entitled: z.number().int().min(1, '有表决权的应到人数至少为 1'),
  present: z.number().int().min(0),
  yes: z.number().int().min(0),
  no: z.number().int().min(0),
  abstain: z.number().int().min(0),
  /** What the meeting declared; checked against the numbers. */
  declared: z.enum(['通过', '未通过']),
});

/** The ways an 积极分子 is put forward (细则 art. 9). */
export const recommendationWays = ['党员推荐', '群团组织推优', '党员推荐和群团组织推优'] as const;

/** Every step of a case, in the order of the 细则 (rules in domain/rules/recruitment-steps.ts). */
export const recruitmentStepKinds = [
  'talk',
  'recommendation',
  'activist-decision',
  'contacts',
  'assessment',
  'candidate-decision',
  'sponsors',
  'political-review',
  'training',
  'committee-review',
  'pre-review',
  'publicity',
  'application-form',
  'admission-vote',
  'admission-approval',
  'oath',
  'probation-assessment',
  'thought-report',
  'extension',
  'confirmation-application',
  'confirmation-vote',
  'confirmation-approval',
  'cancellation',
] as const;
export type RecruitmentStepKind = (typeof recruitmentStepKinds)[number];

/** A dated step of a case, with who took part and what the step needs (vote, hours, conclusion). */
export const recruitmentStepSchema = baseRecordSchema.extend({
  caseId: z.string(),
  kind: z.enum(recruitmentStepKinds),
  date: isoDateSchema,
  /** Members chosen from the roster: 培养联系人 or 入党介绍人. */
  memberIds: z.array(z.string()).optional(),
  /** Free text: who talked, 政审 conclusion, the assessment's content, 推荐 way … */
  content: z.string().max(2000).optional(),
  vote: voteSchema.optional(),
  trainingDays: z.number().min(0).max(365).optional(),
  trainingHours: z.number().min(0).max(2000).optional(),
  /** 公示 length; the 支部大会 may not vote before it ends. */
  publicityDays: z.number().int().min(1).max(60).optional(),
  extensionMonths: z.number().int().min(6, '延长预备期至少 6 个月').max(12, '延长预备期至多 1 年').optional(),
});
export type RecruitmentStep = z.infer<typeof recruitmentStepSchema>;
