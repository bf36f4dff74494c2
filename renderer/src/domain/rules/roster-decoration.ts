/**
 * Rows of a printed roster that are not members: totals, head counts, titles repeated on a second
 * page, and the 填表人/审核人 footer. Each is skipped with its reason, never read as a member.
 */
export type DecorationKind = 'total' | 'headcount' | 'title' | 'footer';

export const DECORATION_REASONS: Record<DecorationKind | 'header' | 'duplicate', string> = {
  total: '合计/小计行',
  headcount: '人数统计行',
  title: '标题或说明行',
  footer: '填表人/审核人落款',
  header: '重复的表头',
  duplicate: '与前面一行完全相同',
};

const TOTAL = /^(合计|总计|小计|共计|总数|累计)[:：]?/;
const HEADCOUNT = /^(共|合计|总计|计)?[:：]?\d+\s*(人|名)$|^共\s*\d+\s*(人|名)|^(党员)?(人数|总人数)[:：]?\d+/;
const FOOTER =
  /^(填表人|审核人|制表人|填报人|审批人|单位负责人|填表日期|填报日期|制表日期|报送日期)([:：]|$)|^(审核|填表|制表)[:：]/;
const TITLE = /(花名册|名册|统计表|一览表|登记表|信息表|基本情况|填报单位|党员名单)/;

/**
 * `texts` are the row's non-empty cells as text, left to right. The caller asks only for rows whose
 * name cell is empty or itself decorative, so a member whose 备注 says "共 3 人" is still a member.
 */
export function decorationKind(texts: readonly string[]): DecorationKind | null {
  const cells = texts.map((text) => text.normalize('NFKC').replace(/\s+/g, '')).filter((text) => text !== '');
  if (cells.length === 0) return null;
  if (cells.some((text) => TOTAL.test(text) && !/^\d/.test(text))) {
    return cells.some((text) => HEADCOUNT.test(text)) && cells.length === 1 ? 'headcount' : 'total';
  }
  if (cells.some((text) => HEADCOUNT.test(text))) return 'headcount';
  if (cells.some((text) => FOOTER.test(text))) return 'footer';
  // A title merged across the sheet reads as the same text in every cell.
  const distinct = new Set(cells);
  if (distinct.size === 1 && TITLE.test(cells[0] ?? '')) return 'title';
  return null;
}
