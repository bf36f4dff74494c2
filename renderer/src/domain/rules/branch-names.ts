/**
 * Branch names as offices write them. 中国共产党支部工作条例（试行） art. 5 names a branch by its
 * unit or its number (第一党支部); rosters shorten it to 一支部 or write 第1党支部. Matching here is only
 * an offer: the import shows each match for confirmation and never creates a branch silently.
 */
const DIGITS = '零一二三四五六七八九';

function chineseNumber(value: number): string {
  if (value < 10) return DIGITS[value] ?? '';
  if (value < 20) return `十${value % 10 === 0 ? '' : DIGITS[value % 10]}`;
  if (value < 100) return `${DIGITS[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : DIGITS[value % 10]}`;
  return String(value);
}

/** 第1党支部, 一支部, 第一支部 and 第一党支部 share one key; other names keep theirs. */
export function branchMatchKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\d+/g, (digits) => chineseNumber(Number(digits)))
    .replace(/^第/, '')
    .replace(/中共|中国共产党/g, '')
    .replace(/党?(总)?支部(委员会)?$/, '$1支部');
}

/**
 * The branch a sheet belongs to, from its name ("第一党支部") or a title row ("第一党支部党员花名册",
 * "幸福社区第二党支部 2024 年党员名册"); null when the text names none.
 */
export function branchNameIn(text: string): string | null {
  const plain = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /(第?[一二三四五六七八九十\d]+|[^\s，,：:（(]{1,12}?)(党)?(总)?支部/.exec(plain);
  if (match === null) return null;
  const whole = match[0];
  // A title's leading unit ("幸福社区第一党支部") stays out when a numbered branch follows it.
  const numbered = /第?[一二三四五六七八九十\d]+党?总?支部$/.exec(whole);
  return numbered === null ? whole : numbered[0];
}
