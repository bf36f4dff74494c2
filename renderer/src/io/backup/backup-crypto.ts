/** WebCrypto helpers for backups and the app lock: SHA-256, PBKDF2-SHA256 keys, AES-GCM parts. */

/** OWASP Password Storage Cheat Sheet (2023–) for PBKDF2-HMAC-SHA256; stored in each manifest. */
export const PBKDF2_ITERATIONS = 600_000;
const IV_BYTES = 12;
const CHECK_TEXT = 'party-edu-ledger';

type Bytes = Uint8Array<ArrayBuffer>;

export function toBytes(data: Uint8Array): Bytes {
  return data.buffer instanceof ArrayBuffer ? (data as Bytes) : new Uint8Array(data);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', toBytes(data))));
}

export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function passwordMaterial(password: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
    'deriveKey',
  ]);
}

export async function deriveAesKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBytes(salt), iterations },
    await passwordMaterial(password),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** PBKDF2-SHA256 of a password, hex; for the app lock (never stored in clear). */
export async function hashPassword(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBytes(salt), iterations },
    await passwordMaterial(password),
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** IV (12 bytes) followed by the AES-GCM ciphertext and tag. */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array, associated?: string): Promise<Bytes> {
  const iv = randomBytes(IV_BYTES);
  const params: AesGcmParams = { name: 'AES-GCM', iv };
  if (associated !== undefined) params.additionalData = new TextEncoder().encode(associated);
  const cipher = new Uint8Array(await crypto.subtle.encrypt(params, key, toBytes(plain)));
  const out = new Uint8Array(IV_BYTES + cipher.length);
  out.set(iv, 0);
  out.set(cipher, IV_BYTES);
  return out;
}

/** Throws (OperationError) when the key is wrong or the bytes were altered: GCM authenticates both. */
export async function decryptBytes(key: CryptoKey, sealed: Uint8Array, associated?: string): Promise<Bytes> {
  const iv = sealed.slice(0, IV_BYTES);
  const cipher = sealed.slice(IV_BYTES);
  const params: AesGcmParams = { name: 'AES-GCM', iv };
  if (associated !== undefined) params.additionalData = new TextEncoder().encode(associated);
  return new Uint8Array(await crypto.subtle.decrypt(params, key, cipher));
}

export async function encryptionCheck(key: CryptoKey): Promise<string> {
  return toBase64(await encryptBytes(key, new TextEncoder().encode(CHECK_TEXT)));
}

export async function passwordMatches(key: CryptoKey, check: string): Promise<boolean> {
  try {
    return new TextDecoder().decode(await decryptBytes(key, fromBase64(check))) === CHECK_TEXT;
  } catch {
    return false;
  }
}
