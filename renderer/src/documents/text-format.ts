/** Text conventions of official documents; no docx here, so previews and forms stay light. */

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (enough for any list in a notice). */
export function chineseNumeral(value: number): string {
  if (value <= 10) return CHINESE_NUMERALS[value] ?? String(value);
  if (value < 20) return `十${CHINESE_NUMERALS[value - 10] ?? ''}`;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${CHINESE_NUMERALS[tens] ?? ''}十${ones === 0 ? '' : (CHINESE_NUMERALS[ones] ?? '')}`;
}

/** 2026-03-05 → 2026年3月5日: Arabic numerals, full year, no leading zeros (§7.3.5.1). */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return iso;
  return `${year}年${month}月${day}日`;
}

/** 2026-03-05 → 2026年3月 (出生年月, 入党时间 on forms). */
export function chineseMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return iso;
  return `${year}年${month}月`;
}

/** Printed width in 3号 characters: half-width digits and Latin letters count half. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** "联系人：张三，联系电话：023-12345678" with whichever parts exist. */
export function contactLine(person: string, phone: string): string {
  const parts: string[] = [];
  if (person.trim() !== '') parts.push(`联系人：${person.trim()}`);
  if (phone.trim() !== '') parts.push(`联系电话：${phone.trim()}`);
  return parts.join('，');
}

export const REQUIREMENTS_HEADING = '有关要求';

/** "专题党课" + "签到表" → "专题党课签到表", without doubling a suffix the title already has. */
export function sheetTitle(title: string, suffix: string): string {
  const trimmed = title.trim();
  return trimmed.endsWith(suffix) ? trimmed : `${trimmed}${suffix}`;
}

/** "一、传达学习" / "1.传达学习" / "（一）传达学习" → "传达学习": the notice numbers the items itself. */
export function withoutItemNumber(line: string): string {
  return line.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．)）])\s*/, '');
}
