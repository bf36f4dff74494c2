import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/**
 * Study a member does outside the branch's own activities (DOMAIN.md "Study hours"; 党员教育管理工作条例
 * 2019 art. 20 counts 远程教育/在线学习 and 个人自学). `elsewhere` is organisational life attended where a
 * floating member lives (条例 arts. 32–33): it counts for the six-month rule like the branch's own.
 * `home-visit` is 送学上门 (条例 art. 23): the branch brings study to an elderly or infirm member; its
 * `organiser` is who visited.
 */
export const studyEntrySources = ['self-study', 'remote', 'training', 'elsewhere', 'home-visit'] as const;
export type StudyEntrySource = (typeof studyEntrySources)[number];
export const studyEntrySourceLabels: Record<StudyEntrySource, string> = {
  'self-study': '个人自学',
  remote: '远程教育',
  training: '外出培训',
  elsewhere: '异地组织生活',
  'home-visit': '送学上门',
};

export const studyEntrySchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  date: isoDateSchema,
  source: z.enum(studyEntrySources),
  content: z.string().trim().min(1, '请填写学习内容').max(500, '学习内容不超过 500 个字'),
  /** 形式: 读书, 观看专题片, 线上课程, 专题培训班 … */
  form: z.string().trim().max(30, '形式不超过 30 个字').optional(),
  hours: z
    .number({ error: '请输入学时' })
    .min(0.5, '学时至少 0.5')
    .max(80, '一条记录不超过 80 学时')
    .refine((value) => Math.round(value * 10) === value * 10, '学时最多一位小数'),
  /** 主办单位 / 组织者 */
  organiser: z.string().trim().max(60).optional(),
  evidenceFileId: z.string().optional(),
  note: z.string().max(500).optional(),
});
export type StudyEntry = z.infer<typeof studyEntrySchema>;

/** 学习体会: one text per member per year, written on the yearly study record. */
export const reflectionSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  year: z.number().int().min(1921).max(2200),
  text: z.string().trim().min(1, '请填写学习体会').max(5000, '学习体会不超过 5000 个字'),
  writtenDate: isoDateSchema.optional(),
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** 思想汇报 log: when a report came in, which period it covers, who read it. */
export const thoughtReportSchema = baseRecordSchema
  .extend({
    memberId: z.string().min(1),
    receivedDate: isoDateSchema,
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    reviewer: z.string().trim().max(30, '审阅人不超过 30 个字').optional(),
    note: z.string().max(1000).optional(),
  })
  .refine((report) => report.periodFrom <= report.periodTo, {
    error: '汇报期间的开始日期不能晚于结束日期',
    path: ['periodTo'],
  });
export type ThoughtReport = z.infer<typeof thoughtReportSchema>;
