import { z } from 'zod';
import { hoursSchema } from './hours';
import { isoDateSchema } from './dates';
import { audienceKeys } from './lecturer';
import { baseRecordSchema } from './record';

export const coursewareKinds = ['video', 'audio', 'pdf', 'slides', 'word'] as const;
export type CoursewareKind = (typeof coursewareKinds)[number];
export const coursewareKindLabels: Record<CoursewareKind, string> = {
  video: '视频',
  audio: '音频',
  pdf: 'PDF',
  slides: '幻灯片',
  word: 'Word 文档',
};

/** Theme tags offices use; free tags are allowed beside them. */
export const coursewareThemes = ['党史', '理论', '政策', '法规', '技能', '党性教育', '警示教育', '先进事迹'] as const;

/** A piece of courseware in the library; its bytes are a StoredFile (files table). */
export const coursewareSchema = baseRecordSchema.extend({
  title: z.string().trim().min(1, '请填写标题').max(200, '标题不超过 200 个字'),
  kind: z.enum(coursewareKinds),
  /** The StoredFile holding the bytes; absent for metadata-only entries (e.g. a disc kept in a cupboard). */
  fileId: z.string().optional(),
  fileName: z.string().max(255).optional(),
  size: z.number().int().min(0).optional(),
  themes: z.array(z.string().trim().min(1).max(20)).max(20),
  audiences: z.array(z.enum(audienceKeys)),
  /** Length of a video or audio, in seconds (read from the media metadata when possible). */
  durationSeconds: z
    .number()
    .min(0)
    .max(24 * 3600, '时长不超过 24 小时')
    .optional(),
  source: z.string().trim().max(100, '来源不超过 100 个字').optional(),
  note: z.string().max(1000).optional(),
});
export type Courseware = z.infer<typeof coursewareSchema>;

/**
 * One playing of a courseware: at an activity (remote education: its attendees earn the hours
 * through the activity) or by one member on their own (self-study).
 */
export const coursewareViewingSchema = baseRecordSchema.extend({
  coursewareId: z.string(),
  kind: z.enum(['activity', 'self-study']),
  activityId: z.string().optional(),
  memberId: z.string().optional(),
  /** The self-study entry of the study archive this viewing created. */
  studyEntryId: z.string().optional(),
  date: isoDateSchema,
  /** 学时 credited for this viewing. */
  hours: hoursSchema,
  note: z.string().max(500).optional(),
});
export type CoursewareViewing = z.infer<typeof coursewareViewingSchema>;
