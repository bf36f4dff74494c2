import { z } from 'zod';
import { hoursSchema } from './hours';
import { baseRecordSchema } from './record';

/** One line of the yearly 党员教育培训计划: what, when, for whom, by whom, at what cost. */
export const planItemSchema = baseRecordSchema.extend({
  year: z.number().int().min(2000).max(2100),
  /** 1–12 */
  month: z.number().int().min(1, '请选择月份').max(12, '请选择月份'),
  /** The activity type it plans (matched against held activities of that type in that month). */
  activityTypeId: z.string().optional(),
  typeName: z.string().trim().min(1, '请选择形式').max(30),
  topic: z.string().trim().min(1, '请填写主题').max(200, '主题不超过 200 个字'),
  targetGroup: z.string().trim().max(60, '对象不超过 60 个字'),
  lecturerId: z.string().optional(),
  lecturerName: z.string().trim().max(60).optional(),
  hours: hoursSchema,
  /** Budget in fen (integer): money is never a float. */
  budgetFen: z.number().int().min(0),
  note: z.string().max(500).optional(),
});
export type PlanItem = z.infer<typeof planItemSchema>;
