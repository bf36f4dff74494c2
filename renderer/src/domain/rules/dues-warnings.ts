import type { DuesSettings } from '../entities/dues-rates';
import type { MemberDuesStatus } from './dues-ledger';

export type DuesWarningBand = 'none' | 'warn' | 'alarm' | 'lapse' | 'excused';

/**
 * DOMAIN.md "Obligations and early warning": warn at 3 months unpaid, alarm at 5 (settings); six
 * consecutive months without proper reason is grounds for 自行脱党 (党章 art. 9) and is listed for the
 * branch to verify the reason. A member exempted (免交) or flagged under 条例 art. 23 (年老体弱 …) is
 * shown as excused, never nagged.
 */
export function duesWarningBand(status: MemberDuesStatus, settings: DuesSettings, excused: boolean): DuesWarningBand {
  const months = status.unpaid.length;
  if (months === 0) return 'none';
  if (excused || status.reliefNow === '免交') return 'excused';
  if (status.longestRun >= settings.lapseMonths) return 'lapse';
  if (months >= settings.alarmMonths) return 'alarm';
  if (months >= settings.warnMonths) return 'warn';
  return 'none';
}
