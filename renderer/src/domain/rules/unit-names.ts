import type { OrgUnit } from '../entities/organisation';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103, and Arabic 12 → 12; null if the text is not a number. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const character of text) {
    const unit = UNITS[character];
    if (unit === undefined) {
      digit = DIGITS[character] ?? 0;
      continue;
    }
    // 十 alone at the start is 一十.
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

const ORDINAL = /第([零〇一二两三四五六七八九十百]+|\d+)/g;
const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** The name with each 第N written as a zero-padded number, so plain ordering puts 第二 before 第十. */
function orderingKey(name: string): string {
  return name.replace(ORDINAL, (whole, numeral: string) => {
    const value = parseChineseNumber(numeral);
    return value === null ? whole : `第${String(value).padStart(4, '0')}`;
  });
}

/**
 * Orders branch and group names as an office counts them: 第一党支部, 第二党支部 … 第十党支部, 第十一党支部
 * (by the numeral's value, not by its character code, where 十 would sort before 三), other names
 * by pinyin.
 */
export function compareUnitNames(a: string, b: string): number {
  return collator.compare(orderingKey(a), orderingKey(b));
}

/**
 * A 党小组 is always named with its 党支部 ("第二党支部 第二党小组"): every branch has a 第一党小组, so the
 * group's own name is not unique. Branches and committees keep their own name.
 */
export function fullUnitName(
  unit: Pick<OrgUnit, 'kind' | 'name' | 'parentId'>,
  unitById: ReadonlyMap<string, Pick<OrgUnit, 'name'>>,
): string {
  if (unit.kind !== 'group' || unit.parentId === undefined) return unit.name;
  const branch = unitById.get(unit.parentId);
  if (branch === undefined || unit.name.startsWith(branch.name)) return unit.name;
  return `${branch.name} ${unit.name}`;
}
