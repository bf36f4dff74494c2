import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

export const budgetSources = ['财政专项', '党费返还', '其他'] as const;
export type BudgetSource = (typeof budgetSources)[number];

const fen = z.number().int('金额应为整数分').min(0, '金额不能为负数').max(1e12);

/** Money received for Party-member education in one year, by source. Amounts in integer fen. */
export const budgetLineSchema = baseRecordSchema.extend({
  year: z.number().int().min(2000).max(2100),
  source: z.enum(budgetSources),
  amountFen: fen,
  note: z.string().max(500).optional(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** Money spent, optionally for one activity, with the receipt kept as a stored file. */
export const spendingSchema = baseRecordSchema.extend({
  year: z.number().int().min(2000).max(2100),
  date: isoDateSchema,
  item: z.string().trim().min(1, '请填写支出事项').max(200, '事项不超过 200 个字'),
  amountFen: fen,
  activityId: z.string().optional(),
  receiptFileId: z.string().optional(),
  note: z.string().max(500).optional(),
});
export type Spending = z.infer<typeof spendingSchema>;
