import { z } from 'zod';

/**
 * The office's templates for the documents it issues (issue 5): what a new notice starts with. The
 * issuing body (落款), contact person and phone default to the office settings when left empty here.
 */
export const documentTemplateSettingsSchema = z.object({
  /** 主送 of notices, e.g. "各党支部、全体党员". */
  addressee: z.string().trim().max(100, '主送不超过 100 个字'),
  /** One requirement a line; each becomes （一）（二）… under 有关要求. */
  requirements: z.string().trim().max(2000, '有关要求不超过 2000 个字'),
  contactPerson: z.string().trim().max(30, '联系人不超过 30 个字'),
  contactPhone: z.string().trim().max(30, '联系电话不超过 30 个字'),
  /** Print the red 发文机关标志 and separator line (GB/T 9704 §7.2) above the title. */
  issuerMark: z.boolean(),
});
export type DocumentTemplateSettings = z.infer<typeof documentTemplateSettingsSchema>;

export const DEFAULT_DOCUMENT_TEMPLATES: DocumentTemplateSettings = {
  addressee: '各党支部、全体党员',
  requirements: [
    '严格遵守会议纪律。无特殊情况不得请假，确需请假的须提前向支部书记书面请假。',
    '请提前10分钟到场签到。',
    '请携带笔记本，认真做好学习记录。',
  ].join('\n'),
  contactPerson: '',
  contactPhone: '',
  issuerMark: false,
};

/** The text of a notice as the office last edited it, kept with its activity (Activity.noticeDraft). */
export const noticeDraftSchema = z.object({
  title: z.string().max(200),
  addressee: z.string().max(100),
  purpose: z.string().max(5000),
  time: z.string().max(200),
  place: z.string().max(200),
  /** 主讲人与主题 for Party lessons, 会议内容 for other meetings. */
  subject: z.string().max(2000),
  /** 学习内容 of a Party lesson, one item a line (printed （一）（二）…); absent in drafts saved before it existed. */
  content: z.string().max(5000).optional(),
  participants: z.string().max(500),
  requirements: z.string().max(2000),
  contactPerson: z.string().max(30),
  contactPhone: z.string().max(30),
  issuer: z.string().max(60),
  date: z.string().max(10),
  issuerMark: z.boolean(),
  updatedAt: z.string(),
});
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;
