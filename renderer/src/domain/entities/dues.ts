import { z } from 'zod';
import { isoDateSchema } from './dates';
import { yearMonthSchema } from './dues-month';
import { baseRecordSchema } from './record';

/** 党费规定 第一条至第三条: what the monthly amount is computed from. */
export const duesCategories = ['在职', '离退休', '农民', '学生', '下岗失业', '依靠抚恤或救济', '低保'] as const;
export type DuesCategory = (typeof duesCategories)[number];

/** Categories whose amount is a percentage of a monthly base (after-tax wage, pension). */
export const BASED_CATEGORIES: ReadonlySet<DuesCategory> = new Set(['在职', '离退休']);

/** 党费规定 第四条: 少交/免交, decided by the branch and approved by the committee above. */
export const duesReliefKinds = ['少交', '免交'] as const;
export type DuesReliefKind = (typeof duesReliefKinds)[number];

export const duesReliefSchema = z.object({
  kind: z.enum(duesReliefKinds),
  /** The reduced monthly amount of a 少交. */
  reducedFen: z.number().int('金额应为整数分').min(0, '金额不能为负数').max(1_000_000).optional(),
  reason: z.string().trim().min(1, '请填写少交/免交的原因').max(200),
  /** 支部 decision: the date of the 支部委员会/支部大会 decision. */
  decisionDate: isoDateSchema,
  /** The higher committee that approved it, and when. */
  approvedBy: z.string().trim().min(1, '请填写批准的上级党组织').max(60),
  approvedDate: isoDateSchema,
});
export type DuesRelief = z.infer<typeof duesReliefSchema>;

const fen = z.number().int('金额应为整数分');

/**
 * A member's dues basis from a month on: the category and base the office sets once a year or when
 * income changes. The profile in force for a month is the latest whose `effectiveFrom` is not after it.
 */
export const duesProfileSchema = baseRecordSchema
  .extend({
    memberId: z.string(),
    effectiveFrom: yearMonthSchema,
    category: z.enum(duesCategories, { error: '请选择缴费类别' }),
    /** After-tax monthly wage (在职) or pension (离退休), in fen. */
    baseFen: fen.min(0, '基数不能为负数').max(100_000_000, '基数过大，请检查（每月不超过 100 万元）').optional(),
    /** 农民: the monthly amount the member pays, within the table's range. */
    fixedFen: fen.min(0, '金额不能为负数').max(100_000).optional(),
    relief: duesReliefSchema.optional(),
    note: z.string().max(500).optional(),
  })
  .refine((p) => !BASED_CATEGORIES.has(p.category) || p.baseFen !== undefined, {
    error: '在职和离退休党员请填写月收入基数',
    path: ['baseFen'],
  })
  .refine((p) => p.relief?.kind !== '少交' || p.relief.reducedFen !== undefined, {
    error: '少交请填写每月应交金额',
    path: ['relief', 'reducedFen'],
  });
export type DuesProfile = z.infer<typeof duesProfileSchema>;

/** Ways of paying, recorded as text only: the app handles no money. */
export const duesPaymentWays = ['现金', '转账', '微信', '支付宝'] as const;
export type DuesPaymentWay = (typeof duesPaymentWays)[number];

/**
 * regular: the dues of one or more months (补交 past months, 预交 months ahead).
 * voluntary: 自愿多交, a payment beyond the dues; ≥ 1000 元 it is handed up whole (党费规定 第七条).
 * reversal: cancels an earlier entry (an audit trail: entries are never edited in place).
 */
export const duesPaymentKinds = ['regular', 'voluntary', 'reversal'] as const;
export type DuesPaymentKind = (typeof duesPaymentKinds)[number];

export const duesPaymentSchema = baseRecordSchema
  .extend({
    memberId: z.string(),
    /** The member's branch when paid: the ledger and the 上缴汇总 are per branch. */
    branchId: z.string(),
    kind: z.enum(duesPaymentKinds),
    /** The months paid for (regular), or the month of the payment (voluntary); indexed multi-entry. */
    months: z.array(yearMonthSchema).min(1, '请选择月份').max(120),
    /** The amount of each month, same order as `months`; negative only in a reversal. */
    monthAmountsFen: z.array(fen),
    amountFen: fen,
    date: isoDateSchema,
    way: z.enum(duesPaymentWays),
    collector: z.string().trim().max(30, '收缴人不超过 30 个字').optional(),
    receiptNo: z.string().trim().max(40, '收据号不超过 40 个字').optional(),
    /** Set on voluntary payments at or above the threshold: handed up whole. */
    handedUpWhole: z.boolean().optional(),
    /** On a reversal: the entry it cancels. */
    reversesId: z.string().optional(),
    note: z.string().max(500).optional(),
  })
  .refine((p) => p.monthAmountsFen.length === p.months.length, {
    error: '每个月份应有一个金额',
    path: ['monthAmountsFen'],
  })
  .refine((p) => p.monthAmountsFen.reduce((a, b) => a + b, 0) === p.amountFen, {
    error: '各月金额之和应等于合计',
    path: ['amountFen'],
  })
  .refine((p) => (p.kind === 'reversal' ? p.reversesId !== undefined : p.monthAmountsFen.every((f) => f >= 0)), {
    error: '金额不能为负数',
    path: ['amountFen'],
  });
export type DuesPayment = z.infer<typeof duesPaymentSchema>;

/** Money a branch handed up to the higher committee (上缴), with the date: the 上缴汇总 lists these. */
export const duesHandUpSchema = baseRecordSchema.extend({
  branchId: z.string(),
  year: z.number().int().min(2000).max(2100),
  /** The months the money covers, e.g. a quarter. */
  fromMonth: yearMonthSchema,
  toMonth: yearMonthSchema,
  amountFen: fen.min(0, '金额不能为负数').max(10_000_000_000),
  date: isoDateSchema,
  receivedBy: z.string().trim().max(60).optional(),
  note: z.string().max(500).optional(),
});
export type DuesHandUp = z.infer<typeof duesHandUpSchema>;
