import { z } from 'zod';
import { phoneProblem } from '../rules/phone';

/** The office's own details, printed on every document it issues. */
export const officeSettingsSchema = z.object({
  officeName: z.string().trim().max(60, '单位名称不超过 60 个字'),
  address: z.string().trim().max(120, '地址不超过 120 个字'),
  contactPerson: z.string().trim().max(30, '联系人不超过 30 个字'),
  contactPhone: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = phoneProblem(value);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
  /** 党员教育管理工作条例 (2019) art. 20: at least 32 学时 a year. */
  hoursTargetMember: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(500, '不超过 500 学时'),
  /** 2019–2023 全国党员教育培训工作规划: 56 学时 for branch secretaries and committee members. */
  hoursTargetCadre: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(500, '不超过 500 学时'),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  officeName: '',
  address: '',
  contactPerson: '',
  contactPhone: '',
  hoursTargetMember: 32,
  hoursTargetCadre: 56,
};

/** How this PC shows the app; kept with the data so it survives restarts. */
export const displayPreferencesSchema = z.object({
  largeType: z.boolean(),
});
export type DisplayPreferences = z.infer<typeof displayPreferencesSchema>;

export const DEFAULT_DISPLAY_PREFERENCES: DisplayPreferences = { largeType: false };
