import type { IsoDate } from '../entities/dates';

/** GB 11643-1999: weights of the first 17 digits for the ISO 7064 MOD 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export type IdNumberCheck =
  | {
      ok: true;
      /** 18 characters, upper-case X. */
      normalized: string;
      birthDate: IsoDate;
      gender: '男' | '女';
      /** Set when a 15-digit pre-1999 number was upgraded to 18 characters. */
      upgradedFrom?: string;
    }
  | { ok: false; reason: string };

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (WEIGHTS[index] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** Full-width digits and letters, spaces and a lower-case x are what people type; all normalised. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/^'/, '').toUpperCase();
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Excel shows an 18-digit number as 5.10104E+17 and keeps only 15 significant digits. */
export function looksLikeNumberLostDigits(raw: string): boolean {
  return /^\d(\.\d+)?E\+?\d+$/i.test(raw.trim());
}

export function checkIdNumber(raw: string, today: IsoDate): IdNumberCheck {
  const value = normalizeIdNumber(raw);
  if (value === '') return { ok: false, reason: '请填写身份证号' };
  if (looksLikeNumberLostDigits(value)) {
    return { ok: false, reason: `身份证号被存成了数字（${value}），末尾几位已丢失：请把该列设为“文本”后重新填写` };
  }
  if (/^\d{15}$/.test(value)) {
    // Pre-1999 15-digit numbers: 6-digit area, YYMMDD (19xx), 3-digit sequence, no check character.
    const upgraded17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    const result = checkIdNumber(upgraded17 + idCheckCharacter(upgraded17), today);
    return result.ok ? { ...result, upgradedFrom: value } : result;
  }
  if (value.length !== 18) return { ok: false, reason: `身份证号应为 18 位，现为 ${value.length} 位` };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: '身份证号前 17 位应为数字，最后一位为数字或 X' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !validDate(year, month, day)) return { ok: false, reason: '身份证号中的出生日期不存在' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, reason: '身份证号中的出生日期晚于今天' };
  const expected = idCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, reason: '身份证号校验位错误，请核对是否有数字录错' };
  return { ok: true, normalized: value, birthDate, gender: Number(value[16]) % 2 === 1 ? '男' : '女' };
}
