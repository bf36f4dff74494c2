import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/** 关怀帮扶 (DOMAIN.md "Honours, care, in-service members"): who is cared for and the visits made. */
export const careKinds = ['困难党员', '老党员', '患病', '独居', '其他'] as const;
export type CareKind = (typeof careKinds)[number];

export const careObjectSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  kinds: z.array(z.enum(careKinds)).min(1, '请至少选择一类关怀对象'),
  note: z.string().max(500, '情况说明不超过 500 个字').optional(),
});
export type CareObject = z.infer<typeof careObjectSchema>;

export const careOccasions = ['七一', '春节', '其他'] as const;
export type CareOccasion = (typeof careOccasions)[number];

/** A round of visits (七一, 春节 …): the list to work through. */
export const careRoundSchema = baseRecordSchema.extend({
  year: z.number().int().min(1921).max(2200),
  occasion: z.enum(careOccasions),
  title: z.string().trim().min(1, '请填写名称').max(60, '名称不超过 60 个字'),
  memberIds: z.array(z.string()),
});
export type CareRound = z.infer<typeof careRoundSchema>;

export const careFundSources = ['党费', '财政', '社会捐助', '其他'] as const;

export const careVisitSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  roundId: z.string().optional(),
  date: isoDateSchema,
  visitors: z.string().trim().min(1, '请填写走访人').max(100, '走访人不超过 100 个字'),
  gifts: z.string().trim().max(200, '慰问品不超过 200 个字').optional(),
  /** 慰问金, integer fen. */
  amountFen: z.number().int('金额最小到分').min(0, '慰问金不能为负数').max(100_000_000, '金额过大'),
  source: z.enum(careFundSources).optional(),
  signed: z.boolean(),
  note: z.string().max(500).optional(),
});
export type CareVisit = z.infer<typeof careVisitSchema>;

/** 光荣在党50年纪念章 awarded. */
export const fiftyYearAwardSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  year: z.number().int().min(1971).max(2200),
  awardedDate: isoDateSchema,
});
export type FiftyYearAward = z.infer<typeof fiftyYearAwardSchema>;
