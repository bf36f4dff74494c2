/**
 * Masks personal numbers in lists and exports (个人信息保护法 art. 51: measures such as
 * de-identification). Full numbers leave the app only when the user chooses a full export.
 */

/**
 * 500101198001011234 → 5001**********1234, everywhere the app shows or exports a masked ID (the roster,
 * the recycle bin, exports): enough to tell people apart, not enough to misuse. Short, malformed
 * values are masked too, keeping only their first and last character.
 */
export function maskIdNumber(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text.length <= 8)
    return text.length <= 2 ? text : `${text.slice(0, 1)}${'*'.repeat(text.length - 2)}${text.slice(-1)}`;
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}

/** 13800138000 → 138****8000; a landline keeps its area code and last four. */
export function maskPhone(value: string): string {
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return text;
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const keepHead = text.includes('-') ? text.indexOf('-') + 1 : 3;
  return `${text.slice(0, keepHead)}${'*'.repeat(Math.max(text.length - keepHead - 4, 1))}${text.slice(-4)}`;
}

const ID_FIELD = /idnumber|idcard|身份证/i;
const PHONE_FIELD = /phone|mobile|tel|电话|手机/i;

/** Masks a field by its name: used by the whole-store export for every table, present and future. */
export function maskField(field: string, value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (ID_FIELD.test(field)) return maskIdNumber(value);
  if (PHONE_FIELD.test(field)) return maskPhone(value);
  return value;
}

/**
 * Masks every ID number and phone inside a value, at any depth (the 操作日志's before/after snapshots
 * are whole records nested in a row): objects by their field names, arrays item by item.
 */
export function maskDeep(field: string, value: unknown, depth = 0): unknown {
  if (depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => maskDeep(field, item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = maskDeep(key, inner, depth + 1);
    return copy;
  }
  return maskField(field, value);
}
