import { inflateSync, unzipSync } from 'fflate';
import { BackupError, UNCHANGED } from './backup-error';
import { decryptBytes, deriveAesKey, fromBase64, passwordMatches, sha256Hex } from './backup-crypto';
import type { BackupManifest, BackupPart } from './manifest';
import { MANIFEST_NAME, manifestSchema } from './manifest';

/** A backup file whose manifest was read and checked; parts are read (and re-checked) one at a time. */
export interface OpenedBackup {
  manifest: BackupManifest;
  /** The part's plain bytes, after its hash (and, when encrypted, its GCM tag) was checked. */
  readPart(part: BackupPart): Promise<Uint8Array>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function notBackup(): BackupError {
  return new BackupError(
    'not-backup',
    `所选文件不是本程序的备份文件（备份文件以 .pdbak 结尾，由“数据与备份”页制作）。可能选错了文件，或文件被改了名。${UNCHANGED}`,
  );
}

function damaged(detail: string): BackupError {
  return new BackupError(
    'damaged',
    `备份文件已损坏或被改动过（${detail}），不能用它恢复。请换一份备份（例如 U 盘上较早的一份）。${UNCHANGED}`,
  );
}

/** Reads one zip entry by name without inflating the others. */
function unzipEntry(bytes: Uint8Array, name: string): Uint8Array | undefined {
  try {
    return unzipSync(bytes, { filter: (file) => file.name === name })[name];
  } catch {
    throw new BackupError(
      'truncated',
      `备份文件不完整，可能是复制时中断或 U 盘拔出过早，文件末尾缺失。请重新复制一份完整的备份再试。${UNCHANGED}`,
    );
  }
}

function readManifest(bytes: Uint8Array): BackupManifest {
  if (bytes.length === 0) {
    throw new BackupError(
      'empty',
      `所选文件是空的（0 字节），不是有效的备份。请检查 U 盘上的文件是否完整。${UNCHANGED}`,
    );
  }
  if (!startsLikeZip(bytes)) throw notBackup();
  const raw = unzipEntry(bytes, MANIFEST_NAME);
  if (raw === undefined) throw notBackup();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw damaged('清单无法读取');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw notBackup();
  return parsed.data;
}

/** Reads the manifest only: enough for the preview (date, version, counts, encrypted or not). */
export function inspectBackup(bytes: Uint8Array): BackupManifest {
  return readManifest(bytes);
}

export function checkSchemaVersion(manifest: BackupManifest, latest: number): void {
  if (manifest.schemaVersion > latest) {
    throw new BackupError(
      'newer-version',
      `这份备份由更新版本的台账程序制作（数据版本 ${manifest.schemaVersion}，程序 ${manifest.appVersion}），` +
        `当前程序只支持到数据版本 ${latest}。请先把本机程序升级到最新版本，再恢复这份备份。${UNCHANGED}`,
    );
  }
}

/**
 * Opens a backup: checks the manifest, the schema version and the password. Nothing is written.
 * `verifyBackup` then checks every part before a restore starts.
 */
export async function openBackup(
  bytes: Uint8Array,
  latestSchemaVersion: number,
  password?: string,
): Promise<OpenedBackup> {
  const manifest = readManifest(bytes);
  checkSchemaVersion(manifest, latestSchemaVersion);
  let key: CryptoKey | null = null;
  if (manifest.encryption !== undefined) {
    if (password === undefined || password === '') {
      throw new BackupError('password-required', `这份备份已加密，请输入制作备份时设置的备份密码。${UNCHANGED}`);
    }
    key = await deriveAesKey(password, fromBase64(manifest.encryption.salt), manifest.encryption.iterations);
    if (!(await passwordMatches(key, manifest.encryption.check))) {
      throw new BackupError('wrong-password', `备份密码不正确，无法解开这份加密备份。请核对密码后重试。${UNCHANGED}`);
    }
  }
  return {
    manifest,
    async readPart(part) {
      const stored = unzipEntry(bytes, part.name);
      if (stored === undefined) throw damaged(`缺少部分 ${part.name}`);
      if (stored.length !== part.bytes || (await sha256Hex(stored)) !== part.sha256) {
        throw damaged(`部分 ${part.name} 的校验值不符`);
      }
      if (key === null) return stored;
      try {
        return inflateSync(await decryptBytes(key, stored));
      } catch {
        throw damaged(`部分 ${part.name} 无法解密`);
      }
    },
  };
}

/** Reads and checks every part (hash, decryption) and the row counts: the restore starts only after this. */
export async function verifyBackup(
  backup: OpenedBackup,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const rows = new Map<string, number>();
  const { parts, tables } = backup.manifest;
  for (const [index, part] of parts.entries()) {
    const plain = await backup.readPart(part);
    if (part.kind === 'rows') {
      let lines = 0;
      for (const byte of plain) if (byte === 0x0a) lines += 1;
      if (lines !== part.rows) throw damaged(`部分 ${part.name} 的行数不符`);
      rows.set(part.table, (rows.get(part.table) ?? 0) + lines);
    }
    onProgress?.(index + 1, parts.length);
  }
  for (const [table, { count }] of Object.entries(tables)) {
    if ((rows.get(table) ?? 0) !== count) throw damaged(`表 ${table} 的记录数不符`);
  }
}
