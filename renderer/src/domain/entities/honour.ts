import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/** 创先争优 (党员教育管理工作条例 2019 art. 22): honours, 党员示范岗, 承诺践诺. */
export const honourLevels = ['国家级', '省级', '市级', '区县级', '街道级', '社区级'] as const;
export const honourKinds = ['honour', 'demo-post'] as const;
export type HonourKind = (typeof honourKinds)[number];
export const honourKindLabels: Record<HonourKind, string> = { honour: '荣誉表彰', 'demo-post': '党员示范岗' };

export const honourSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  kind: z.enum(honourKinds),
  title: z.string().trim().min(1, '请填写名称').max(60, '名称不超过 60 个字'),
  level: z.enum(honourLevels),
  date: isoDateSchema,
  year: z.number().int(),
  issuer: z.string().trim().max(60, '授予单位不超过 60 个字').optional(),
});
export type Honour = z.infer<typeof honourSchema>;

/** 承诺践诺: a member's pledge for the year and its review. */
export const pledgeSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  year: z.number().int().min(1921).max(2200),
  pledge: z.string().trim().min(1, '请填写承诺内容').max(1000, '承诺内容不超过 1000 个字'),
  fulfilment: z.string().trim().max(1000, '践诺情况不超过 1000 个字').optional(),
  reviewedDate: isoDateSchema.optional(),
});
export type Pledge = z.infer<typeof pledgeSchema>;
