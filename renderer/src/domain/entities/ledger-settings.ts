import { z } from 'zod';

/** Local settings of the yearly ledgers (民主评议, 双报到): DOMAIN.md leaves both to the office. */
export const ledgerSettingsSchema = z.object({
  /** 优秀 share ceiling in percent; often about a third (DOMAIN.md "民主评议党员"). */
  excellentCeilingPercent: z.number({ error: '请输入数字' }).min(1, '至少 1%').max(100, '不超过 100%'),
  /** 在职党员 service hours a year (some districts set 50). */
  inServiceHoursTarget: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(1000, '不超过 1000 小时'),
});
export type LedgerSettings = z.infer<typeof ledgerSettingsSchema>;

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { excellentCeilingPercent: 33, inServiceHoursTarget: 50 };
