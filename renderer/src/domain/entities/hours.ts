import { z } from 'zod';

/**
 * 学时 of one activity, attendance row, activity type, plan item or courseware viewing: 0 to 80 (a day's
 * training counts 8; the bound catches a typo such as 200 for 2.0). One schema, so every form that asks
 * for hours shows the same words and accepts exactly what the store keeps.
 */
export const hoursSchema = z.number({ error: '请输入学时' }).min(0, '学时不能为负数').max(80, '学时不超过 80');
