import { gunzipSync, gzipSync } from 'fflate';
import type { ExchangePackage } from '../domain/entities/exchange';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, exchangePackageSchema } from '../domain/entities/exchange';
import {
  decryptBytes,
  deriveAesKey,
  encryptBytes,
  encryptionCheck,
  fromBase64,
  passwordMatches,
  PBKDF2_ITERATIONS,
  randomBytes,
  sha256Hex,
  toBase64,
} from './backup/backup-crypto';

/** A year of one branch is a few megabytes compressed; anything past this is not a package. */
export const EXCHANGE_MAX_BYTES = 512 * 2 ** 20;
const MAX_ITERATIONS = 5_000_000;

export class ExchangeFileError extends Error {
  constructor(
    message: string,
    readonly needsPassword = false,
  ) {
    super(message);
  }
}

/**
 * The .pdx file: a small JSON header (who to whom, which number, the hash) and the package itself,
 * gzip-compressed and, when a password is given, AES-GCM encrypted — the content is then unreadable
 * and any change to it fails the decryption. See docs/exchange.md.
 */
interface Envelope {
  format: string;
  formatVersion: number;
  from: string;
  to: string;
  seq: number;
  createdAt: string;
  /** SHA-256 of the payload bytes as stored (the ciphertext when encrypted). */
  sha256: string;
  encryption?: { salt: string; iterations: number; check: string };
  payload: string;
}

export async function encodeExchangePackage(pkg: ExchangePackage, password?: string): Promise<Uint8Array> {
  let payload = gzipSync(new TextEncoder().encode(JSON.stringify(pkg)));
  let encryption: Envelope['encryption'];
  if (password !== undefined && password !== '') {
    const salt = randomBytes(16);
    const key = await deriveAesKey(password, salt, PBKDF2_ITERATIONS);
    payload = await encryptBytes(key, payload);
    encryption = { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, check: await encryptionCheck(key) };
  }
  const envelope: Envelope = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    from: pkg.from.deskName,
    to: pkg.to.deskName,
    seq: pkg.seq,
    createdAt: pkg.createdAt,
    sha256: await sha256Hex(payload),
    ...(encryption === undefined ? {} : { encryption }),
    payload: toBase64(payload),
  };
  return new TextEncoder().encode(JSON.stringify(envelope));
}

/** Whether a file is an encrypted package (the page then asks for the password). */
export function isEncryptedExchange(bytes: Uint8Array): boolean {
  try {
    return (JSON.parse(new TextDecoder().decode(bytes)) as Partial<Envelope>).encryption !== undefined;
  } catch {
    return false;
  }
}

export async function decodeExchangePackage(
  bytes: Uint8Array,
  fileName: string,
  password?: string,
): Promise<ExchangePackage> {
  const named = `“${fileName}”`;
  if (bytes.byteLength === 0) throw new ExchangeFileError(`${named}是空文件（0 字节），可能没有复制完整。`);
  if (bytes.byteLength > EXCHANGE_MAX_BYTES) throw new ExchangeFileError(`${named}太大，不是交换包。`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ExchangeFileError(`${named}不是交换包，或文件不完整（复制中断、U 盘拔出过早）。请在对方电脑上重新生成。`);
  }
  const envelope = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<Envelope>;
  if (envelope.format !== EXCHANGE_FORMAT || typeof envelope.payload !== 'string') {
    throw new ExchangeFileError(`${named}不是交换包（可能是备份文件、汇总包或其他文件）。`);
  }
  if (typeof envelope.formatVersion !== 'number' || envelope.formatVersion > EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeFileError(`${named}由更新版本的程序制作，请先把本机程序升级到同一版本。`);
  }
  let payload: Uint8Array = fromBase64(envelope.payload);
  if ((await sha256Hex(payload)) !== envelope.sha256) {
    throw new ExchangeFileError(`${named}已损坏或被改动过（校验值不符），请在对方电脑上重新生成。`);
  }
  if (envelope.encryption !== undefined) {
    const { salt, iterations, check } = envelope.encryption;
    if (!Number.isInteger(iterations) || iterations < 100_000 || iterations > MAX_ITERATIONS) {
      throw new ExchangeFileError(`${named}的加密参数不正常，文件可能被改动过。`);
    }
    if (password === undefined || password === '') throw new ExchangeFileError(`${named}已加密，请输入密码。`, true);
    const key = await deriveAesKey(password, fromBase64(salt), iterations);
    if (!(await passwordMatches(key, check))) throw new ExchangeFileError('密码不正确。', true);
    try {
      payload = await decryptBytes(key, payload);
    } catch {
      throw new ExchangeFileError(`${named}已损坏或被改动过（解密核对失败）。`);
    }
  }
  let pkg: unknown;
  try {
    pkg = JSON.parse(new TextDecoder().decode(gunzipSync(payload)));
  } catch {
    throw new ExchangeFileError(`${named}的内容无法读取，文件可能已损坏。`);
  }
  const valid = exchangePackageSchema.safeParse(pkg);
  if (!valid.success) throw new ExchangeFileError(`${named}的内容不完整或有误，没有导入。`);
  return valid.data;
}

export function exchangeFileName(pkg: ExchangePackage): string {
  return `交换包-${pkg.from.deskName}-至-${pkg.to.deskName}-第${pkg.seq}号.pdx`;
}
