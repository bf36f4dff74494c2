/**
 * Money is kept as integer fen (分), never as floating point yuan, so sums are exact.
 * Parsing works on the digits as text: "1234.5" becomes 123450 without ever being a float.
 */
export type FenParse = { ok: true; fen: number } | { ok: false; message: string };

function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－]/g, '-');
}

/** Parses a yuan amount as typed ("1,234.50", "1234.5", "１２３４.５", "￥12") into fen. */
export function parseYuanToFen(raw: string): FenParse {
  const text = toHalfWidth(raw)
    .replace(/\s/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  if (text === '') return { ok: false, message: '请填写金额' };
  if (text.startsWith('-')) return { ok: false, message: '金额不能为负数' };
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$/.test(text)) {
    return { ok: false, message: `“${raw.trim()}”不是有效的金额，请填写数字，如 1234.50` };
  }
  const [whole = '', decimals = ''] = text.replace(/,/g, '').split('.');
  if (decimals.length > 2) return { ok: false, message: '金额最多两位小数（精确到分）' };
  if (whole.replace(/^0+/, '').length > 10) return { ok: false, message: '金额过大，请检查' };
  return { ok: true, fen: Number(whole) * 100 + Number(decimals.padEnd(2, '0')) };
}

/** 123450 → "1,234.50" */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const absolute = Math.abs(Math.round(fen));
  const yuan = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(absolute % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Exact sum of integer fen amounts. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isInteger(amount)) throw new Error(`amount is not integer fen: ${amount}`);
    total += amount;
  }
  return total;
}
