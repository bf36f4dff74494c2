import type { DuesCategory, DuesProfile } from '../entities/dues';
import { BASED_CATEGORIES, duesCategories } from '../entities/dues';
import type { YearMonth } from '../entities/dues-month';
import { monthIndex } from '../entities/dues-month';
import type { DuesRateTable } from '../entities/dues-rates';
import { formatFen, parseYuanToFen } from './money';

/** The profile in force for a month: the latest one that starts on or before it. */
export function profileForMonth(profiles: readonly DuesProfile[], month: YearMonth): DuesProfile | undefined {
  let found: DuesProfile | undefined;
  for (const profile of profiles) {
    if (profile.deletedAt !== undefined || monthIndex(profile.effectiveFrom) > monthIndex(month)) continue;
    if (found === undefined || monthIndex(profile.effectiveFrom) >= monthIndex(found.effectiveFrom)) found = profile;
  }
  return found;
}

export interface ProfileDraft {
  category: string;
  base: string;
  fixed: string;
}

export type ProfileDraftResult =
  { ok: true; category: DuesCategory; baseFen?: number; fixedFen?: number } | { ok: false; message: string };

/** The office's typed category and base, checked against the rate table (党费规定 第一条至第三条). */
export function checkProfileDraft(draft: ProfileDraft, rates: DuesRateTable): ProfileDraftResult {
  const category = draft.category.trim();
  const base = draft.base.trim();
  const fixed = draft.fixed.trim();
  if (category === '') {
    return { ok: false, message: base === '' && fixed === '' ? '请选择缴费类别' : '填写了基数，请先选择缴费类别' };
  }
  if (!(duesCategories as readonly string[]).includes(category)) {
    return { ok: false, message: `“${category}”不是缴费类别，应为：${duesCategories.join('、')}` };
  }
  const known = category as DuesCategory;
  if (BASED_CATEGORIES.has(known)) {
    if (base === '') return { ok: false, message: `${known}党员请填写月收入基数（元）` };
    const parsed = parseYuanToFen(base);
    if (!parsed.ok) return parsed;
    if (parsed.fen > 100_000_000) return { ok: false, message: '基数过大，请检查（每月不超过 100 万元）' };
    return { ok: true, category: known, baseFen: parsed.fen };
  }
  if (base !== '') return { ok: false, message: `${known}党员按固定金额交纳，不填收入基数` };
  if (known === '农民') {
    if (fixed === '') return { ok: true, category: known, fixedFen: rates.farmerMinFen };
    const parsed = parseYuanToFen(fixed);
    if (!parsed.ok) return parsed;
    if (parsed.fen < rates.farmerMinFen || parsed.fen > rates.farmerMaxFen) {
      return {
        ok: false,
        message: `农民党员每月交纳 ${formatFen(rates.farmerMinFen)}–${formatFen(rates.farmerMaxFen)} 元`,
      };
    }
    return { ok: true, category: known, fixedFen: parsed.fen };
  }
  return { ok: true, category: known };
}
