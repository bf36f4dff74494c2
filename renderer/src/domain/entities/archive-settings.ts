import { z } from 'zod';
import { memberCategories } from './member';

/**
 * How the archive judges a year. Where no central rule exists (DOMAIN.md), these are local settings
 * with the defaults below; the hour targets themselves live in the office settings (32 / 56).
 */
export const midYearTargetRules = ['pro-rated', 'full'] as const;
export type MidYearTargetRule = (typeof midYearTargetRules)[number];
export const midYearTargetRuleLabels: Record<MidYearTargetRule, string> = {
  'pro-rated': '按入党当月起剩余月数折算（向上取到 0.5 学时）',
  full: '不折算，按全年目标',
};

const months = (label: string) =>
  z.number({ error: '请输入数字' }).int('请输入整数').min(1, `${label}至少 1 个月`).max(24, `${label}不超过 24 个月`);

export const checkWeightsSchema = z
  .object({
    hours: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(100, '不超过 100'),
    attendance: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(100, '不超过 100'),
    meetings: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(100, '不超过 100'),
  })
  .refine((weights) => weights.hours + weights.attendance + weights.meetings > 0, {
    error: '权重不能全为 0',
    path: ['hours'],
  });
export type CheckWeights = z.infer<typeof checkWeightsSchema>;

export const DEFAULT_CHECK_WEIGHTS: CheckWeights = { hours: 40, attendance: 30, meetings: 30 };

export const archiveSettingsSchema = z
  .object({
    midYearTargetRule: z.enum(midYearTargetRules),
    /** Months between 思想汇报 expected per category; 0 = not required. */
    thoughtReportMonths: z.record(z.enum(memberCategories), z.number().int().min(0).max(24)),
    lifeWarnMonths: months('提醒阈值'),
    lifeAlarmMonths: months('警示阈值'),
    probationWarnDays: z
      .number({ error: '请输入数字' })
      .int('请输入整数')
      .min(1, '至少 1 天')
      .max(180, '不超过 180 天'),
    floatingContactMonths: months('联系间隔'),
    checkWeights: checkWeightsSchema,
    /** 条例 art. 20 asks 32 学时 of 集中学习培训; whether 自学 also counts is local (default: no). */
    selfStudyCountsTowardTarget: z.boolean(),
  })
  .refine((settings) => settings.lifeWarnMonths < settings.lifeAlarmMonths, {
    error: '提醒阈值应小于警示阈值',
    path: ['lifeAlarmMonths'],
  })
  .refine((settings) => settings.lifeAlarmMonths < 6, {
    // 党章 art. 9: six months is the line itself; the alarm has to come before it.
    error: '警示阈值应小于 6 个月',
    path: ['lifeAlarmMonths'],
  });
export type ArchiveSettings = z.infer<typeof archiveSettingsSchema>;

export const DEFAULT_ARCHIVE_SETTINGS: ArchiveSettings = {
  midYearTargetRule: 'pro-rated',
  thoughtReportMonths: { 正式党员: 0, 预备党员: 3 },
  lifeWarnMonths: 3,
  lifeAlarmMonths: 5,
  probationWarnDays: 30,
  // 条例 art. 32 asks 保持经常联系 with no interval: a quarter by default (DOMAIN.md).
  floatingContactMonths: 3,
  checkWeights: DEFAULT_CHECK_WEIGHTS,
  selfStudyCountsTowardTarget: false,
};
