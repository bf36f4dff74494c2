import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/**
 * 在职党员到社区报到 (双报到; DOMAIN.md "Honours, care, in-service members"): members of other
 * organisations who live here. A separate kind of person: never on the roster, never in compliance.
 */
export const inServiceMemberSchema = baseRecordSchema.extend({
  name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不超过 30 个字'),
  phone: z.string().trim().max(30, '电话不超过 30 个字').optional(),
  workUnit: z.string().trim().min(1, '请填写工作单位').max(80, '工作单位不超过 80 个字'),
  /** The employer's Party organisation, to which the feedback sheet goes. */
  workUnitPartyOrg: z.string().trim().min(1, '请填写所在党组织').max(80, '所在党组织不超过 80 个字'),
  /** 居住小区 / 网格 */
  neighbourhood: z.string().trim().max(60, '小区/网格不超过 60 个字').optional(),
  reportDate: isoDateSchema,
  skills: z.string().trim().max(200, '特长不超过 200 个字').optional(),
  servicePosts: z.array(z.string().trim().min(1).max(40, '服务岗位不超过 40 个字')),
  note: z.string().max(500).optional(),
});
export type InServiceMember = z.infer<typeof inServiceMemberSchema>;

export const serviceRecordSchema = baseRecordSchema.extend({
  personId: z.string().min(1),
  date: isoDateSchema,
  activity: z.string().trim().min(1, '请填写服务内容').max(200, '服务内容不超过 200 个字'),
  hours: z
    .number({ error: '请输入时长' })
    .min(0.5, '时长至少 0.5 小时')
    .max(24, '一条记录不超过 24 小时')
    .refine((value) => Math.round(value * 10) === value * 10, '时长最多一位小数'),
  confirmedBy: z.string().trim().max(30, '确认人不超过 30 个字').optional(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;
