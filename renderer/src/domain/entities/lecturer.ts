import { z } from 'zod';
import { phoneProblem } from '../rules/phone';
import { baseRecordSchema } from './record';

/**
 * Audiences a lecturer or a courseware suits. The essay behind the product asks offices to teach
 * each group at its own level (因人施教).
 */
export const audienceKeys = ['elderly', 'young', 'floating', 'all'] as const;
export type AudienceKey = (typeof audienceKeys)[number];
export const audienceLabels: Record<AudienceKey, string> = {
  elderly: '老年党员/文化程度较低',
  young: '青年党员/大学毕业生',
  floating: '流动党员',
  all: '全体党员',
};

export const lecturerSchema = baseRecordSchema.extend({
  name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不超过 30 个字'),
  unit: z.string().trim().max(80, '单位不超过 80 个字').optional(),
  title: z.string().trim().max(40, '职务/职称不超过 40 个字').optional(),
  subjects: z.array(z.string().trim().min(1).max(30)).max(20),
  audiences: z.array(z.enum(audienceKeys)),
  phone: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = phoneProblem(value);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  note: z.string().max(1000, '备注不超过 1000 个字').optional(),
  /** Set when the lecturer is one of the community's own members (e.g. the branch secretary). */
  memberId: z.string().optional(),
});
export type Lecturer = z.infer<typeof lecturerSchema>;

/** Members' feedback on one lesson (an activity the lecturer gave): an optional 1–5 score. */
export const lessonFeedbackSchema = baseRecordSchema.extend({
  activityId: z.string(),
  lecturerId: z.string(),
  score: z.number().min(1, '评分为 1–5 分').max(5, '评分为 1–5 分'),
  note: z.string().max(500).optional(),
});
export type LessonFeedback = z.infer<typeof lessonFeedbackSchema>;
