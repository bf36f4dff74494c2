/** Mainland mobile numbers: 11 digits starting 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Landlines: area code 0xx(x), optional dash, 7–8 digits, optional extension; or a local 7–8 digit number. */
const LANDLINE = /^(0\d{2,3}-?)?[1-9]\d{6,7}(-\d{1,6})?$/;

export function normalizePhone(raw: string): string {
  return raw
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/g, '-')
    .replace(/[\s()（）]/g, '')
    .replace(/^\+?86-?(?=1)/, '');
}

/** Returns a Chinese reason when the number is not a plausible mainland phone number, else null. */
export function phoneProblem(raw: string): string | null {
  const phone = normalizePhone(raw);
  if (phone === '') return null;
  if (/^1\d*$/.test(phone) && phone.length !== 11) return `手机号应为 11 位，现为 ${phone.length} 位`;
  if (MOBILE.test(phone) || LANDLINE.test(phone)) return null;
  return '电话号码格式不正确（手机号 11 位，座机如 023-12345678）';
}
