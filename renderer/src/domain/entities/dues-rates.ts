import { z } from 'zod';

/**
 * One band of a percentage rate: incomes up to `upToFen` (inclusive; null = no upper limit) pay
 * `basisPoints` / 10000 of the base (50 = 0.5%).
 */
export const rateBandSchema = z.object({
  upToFen: z.number().int().positive().nullable(),
  basisPoints: z.number().int('比例最多精确到 0.01%').min(0, '比例不能为负数').max(1000, '比例不应超过 10%'),
});
export type RateBand = z.infer<typeof rateBandSchema>;

const bandsSchema = z
  .array(rateBandSchema)
  .min(1)
  .refine(
    (bands) =>
      bands.every((band, i) => {
        const previous = bands[i - 1];
        if (i === bands.length - 1) return band.upToFen === null;
        return band.upToFen !== null && (previous?.upToFen ?? 0) < band.upToFen;
      }),
    '档次上限应从低到高排列，最后一档不设上限',
  );

/** The rate table: a setting whose default is the national one, so an office can follow a local change. */
export const duesRateTableSchema = z
  .object({
    /** Where the figures come from, printed beside every computed amount. */
    source: z.string().trim().min(1, '请填写依据').max(200),
    employed: bandsSchema,
    retired: bandsSchema,
    farmerMinFen: z.number().int().min(0),
    farmerMaxFen: z.number().int().min(0).max(100_000),
    /** 学生, 下岗失业, 依靠抚恤或救济, 低保. */
    flatFen: z.number().int().min(0).max(100_000),
  })
  .refine((t) => t.farmerMinFen <= t.farmerMaxFen, {
    error: '农民党员的最低额不能高于最高额',
    path: ['farmerMaxFen'],
  });
export type DuesRateTable = z.infer<typeof duesRateTableSchema>;

/**
 * 《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）第一条至第三条: 在职 by after-tax
 * monthly wage, 3000 元以下（含）0.5%, 3000–5000（含）1%, 5000–10000（含）1.5%, above 2%; 离退休
 * 5000 元以下（含）0.5%, above 1%; 农民 0.2–1 元; 学生、下岗失业、依靠抚恤或救济、低保 0.2 元.
 */
export const NATIONAL_DUES_RATES: DuesRateTable = {
  source: '《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）',
  employed: [
    { upToFen: 300_000, basisPoints: 50 },
    { upToFen: 500_000, basisPoints: 100 },
    { upToFen: 1_000_000, basisPoints: 150 },
    { upToFen: null, basisPoints: 200 },
  ],
  retired: [
    { upToFen: 500_000, basisPoints: 50 },
    { upToFen: null, basisPoints: 100 },
  ],
  farmerMinFen: 20,
  farmerMaxFen: 100,
  flatFen: 20,
};

/** The dues settings: the rate table and the thresholds of the overview's warnings. */
export const duesSettingsSchema = z
  .object({
    rates: duesRateTableSchema,
    /** Months unpaid that raise a notice, then an alarm (DOMAIN.md: warn at 3, alarm at 5). */
    warnMonths: z.number().int().min(1, '月数至少为 1').max(24),
    alarmMonths: z.number().int().min(1, '月数至少为 1').max(24),
    /** 党章 art. 9: six months unpaid without proper reason; listed for the branch to verify. */
    lapseMonths: z.number().int().min(1).max(24),
    /** 补交 normally up to six months (secondary sources): past this the entry warns. */
    backPayWarnMonths: z.number().int().min(1).max(60),
    /** 党费规定 第七条: a single voluntary payment of 1000 元 or more is handed up whole. */
    specialThresholdFen: z.number().int().min(1),
  })
  .refine((s) => s.warnMonths < s.alarmMonths && s.alarmMonths <= s.lapseMonths, {
    error: '提醒月数应小于警告月数，警告月数不大于核实月数',
    path: ['alarmMonths'],
  });
export type DuesSettings = z.infer<typeof duesSettingsSchema>;

export const DEFAULT_DUES_SETTINGS: DuesSettings = {
  rates: NATIONAL_DUES_RATES,
  warnMonths: 3,
  alarmMonths: 5,
  lapseMonths: 6,
  backPayWarnMonths: 6,
  specialThresholdFen: 100_000,
};
