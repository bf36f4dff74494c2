import { BackupError, UNCHANGED } from './backup-error';
import { decryptBytes, deriveAesKey, fromBase64, passwordMatches, sha256Hex } from './backup-crypto';
import type { BackupSource } from './backup-source';
import { bytesSource } from './backup-source';
import type { BackupManifest, BackupPart } from './manifest';
import {
  BACKUP_FORMAT_VERSION,
  canonicalManifest,
  MANIFEST_NAME,
  partAssociatedData,
  manifestSchema,
  MAX_BLOB_PART_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_ROWS_PART_BYTES,
} from './manifest';
import { boundedInflate, InflateLimitError } from './bounded-inflate';
import type { ZipEntry } from './zip-reader';
import { readZipDirectory, readZipEntry, ZipReadError } from './zip-reader';

/** A backup file whose manifest was read and checked; parts are read (and checked) one at a time. */
export interface OpenedBackup {
  manifest: BackupManifest;
  /** The part's plain bytes, after its size, hash (and, when encrypted, its GCM tag) were checked. */
  readPart(part: BackupPart): Promise<Uint8Array>;
}

function notBackup(): BackupError {
  return new BackupError(
    'not-backup',
    `所选文件不是本程序的备份文件（备份文件以 .pdbak 结尾，由“数据与备份”页制作）。可能选错了文件，或文件被改了名。${UNCHANGED}`,
  );
}

export function damaged(detail: string): BackupError {
  return new BackupError(
    'damaged',
    `备份文件已损坏或被改动过（${detail}），不能用它恢复。请换一份备份（例如 U 盘上较早的一份）。${UNCHANGED}`,
  );
}

function truncated(): BackupError {
  return new BackupError(
    'truncated',
    `备份文件不完整，可能是复制时中断或 U 盘拔出过早，文件末尾缺失。请重新复制一份完整的备份再试。${UNCHANGED}`,
  );
}

/** A size or place in the file this program cannot hold: refused before anything is allocated for it. */
function tooLarge(detail: string): BackupError {
  return new BackupError(
    'too-large',
    `备份文件中${detail}超出了本程序能读取的范围（单个部分至多约 2 GB，大小和位置至多 2^53 字节），` +
      `不能用它恢复。文件可能已损坏，请换一份备份。${UNCHANGED}`,
  );
}

function asSource(file: BackupSource | Uint8Array): BackupSource {
  return file instanceof Uint8Array ? bytesSource(file) : file;
}

export async function readDirectory(source: BackupSource): Promise<Map<string, ZipEntry>> {
  if (source.size === 0) {
    throw new BackupError(
      'empty',
      `所选文件是空的（0 字节），不是有效的备份。请检查 U 盘上的文件是否完整。${UNCHANGED}`,
    );
  }
  try {
    return await readZipDirectory(source);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    if (error.problem === 'not-zip') throw notBackup();
    if (error.problem === 'too-large') throw tooLarge('记录的大小或位置');
    throw truncated();
  }
}

async function readEntry(source: BackupSource, entry: ZipEntry): Promise<Uint8Array> {
  try {
    return await readZipEntry(source, entry);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    if (error.problem === 'truncated') throw truncated();
    if (error.problem === 'too-large') throw tooLarge(`的部分 ${entry.name}`);
    throw damaged(`部分 ${entry.name} 无法解压`);
  }
}

export async function readManifest(source: BackupSource, entries: Map<string, ZipEntry>): Promise<BackupManifest> {
  const entry = entries.get(MANIFEST_NAME);
  if (entry === undefined) throw notBackup();
  if (entry.size > MAX_MANIFEST_BYTES || entry.compressedSize > MAX_MANIFEST_BYTES) throw damaged('清单过大');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readEntry(source, entry)));
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw damaged('清单无法读取');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw notBackup();
  return parsed.data;
}

/** Reads the manifest only (a few slices of the file): enough for the preview. */
export async function inspectBackup(file: BackupSource | Uint8Array): Promise<BackupManifest> {
  const source = asSource(file);
  return readManifest(source, await readDirectory(source));
}

/** The file's layout version: a later layout is refused before anything in it is trusted. */
export function checkFormatVersion(manifest: BackupManifest): void {
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION || manifest.formatVersion < 1) {
    throw new BackupError(
      'newer-version',
      `这份备份的文件格式（第 ${manifest.formatVersion} 版）不是本程序能读的（本程序读第 ${BACKUP_FORMAT_VERSION} 版）。请先把程序升级到最新版本。${UNCHANGED}`,
    );
  }
}

/** Each part's declared size must be the size of its zip entry, within the limit for its kind. */
export function checkPartSizes(manifest: BackupManifest, entries: Map<string, ZipEntry>): void {
  for (const part of manifest.parts) {
    const entry = entries.get(part.name);
    if (entry === undefined) throw damaged(`缺少部分 ${part.name}`);
    const limit = part.kind === 'rows' ? MAX_ROWS_PART_BYTES : MAX_BLOB_PART_BYTES;
    if (entry.size !== part.bytes || part.bytes > limit) throw damaged(`部分 ${part.name} 的大小不符`);
  }
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
 * Opens a backup: checks the manifest, the schema version and the password. Nothing is written, and
 * the file is read in slices: parts are read when asked for, each checked on its own.
 */
export async function openBackup(
  file: BackupSource | Uint8Array,
  latestSchemaVersion: number,
  password?: string,
): Promise<OpenedBackup> {
  const source = asSource(file);
  const entries = await readDirectory(source);
  const manifest = await readManifest(source, entries);
  checkFormatVersion(manifest);
  checkSchemaVersion(manifest, latestSchemaVersion);
  checkPartSizes(manifest, entries);
  let key: CryptoKey | null = null;
  if (manifest.encryption !== undefined) {
    if (password === undefined || password === '') {
      throw new BackupError('password-required', `这份备份已加密，请输入制作备份时设置的备份密码。${UNCHANGED}`);
    }
    key = await deriveAesKey(password, fromBase64(manifest.encryption.salt), manifest.encryption.iterations);
    if (!(await passwordMatches(key, manifest.encryption.check))) {
      throw new BackupError('wrong-password', `备份密码不正确，无法解开这份加密备份。请核对密码后重试。${UNCHANGED}`);
    }
    if (manifest.encryption.bound === true && !(await manifestAuthentic(key, manifest))) {
      throw damaged('清单与加密内容不符');
    }
  }
  const bound = key !== null && manifest.encryption?.bound === true;
  for (const part of manifest.parts) if (!entries.has(part.name)) throw damaged(`缺少部分 ${part.name}`);
  return {
    manifest,
    async readPart(part) {
      const entry = entries.get(part.name);
      if (entry === undefined) throw damaged(`缺少部分 ${part.name}`);
      const stored = await readEntry(source, entry);
      if (stored.length !== part.bytes || (await sha256Hex(stored)) !== part.sha256) {
        throw damaged(`部分 ${part.name} 的校验值不符`);
      }
      if (key === null) return stored;
      let plain: Uint8Array;
      try {
        plain = await decryptBytes(
          key,
          stored,
          bound
            ? partAssociatedData(
                part,
                manifest.parts.findIndex((other) => other.name === part.name),
              )
            : undefined,
        );
      } catch {
        throw damaged(`部分 ${part.name} 无法解密`);
      }
      try {
        return boundedInflate(plain, part.kind === 'rows' ? MAX_ROWS_PART_BYTES : MAX_BLOB_PART_BYTES);
      } catch (error) {
        throw damaged(
          error instanceof InflateLimitError ? `部分 ${part.name} 解压后过大` : `部分 ${part.name} 无法解压`,
        );
      }
    },
  };
}

/** Whether the manifest's tag (encrypted with the backup's key) matches what the manifest says. */
async function manifestAuthentic(key: CryptoKey, manifest: BackupManifest): Promise<boolean> {
  const tag = manifest.encryption?.manifestTag;
  if (tag === undefined) return false;
  try {
    const expected = new TextDecoder().decode(await decryptBytes(key, fromBase64(tag)));
    return expected === (await sha256Hex(new TextEncoder().encode(canonicalManifest(manifest))));
  } catch {
    return false;
  }
}

/** Lines in a rows part: one row per line, each ending in a newline. */
export function countLines(plain: Uint8Array): number {
  let lines = 0;
  let at = plain.indexOf(0x0a);
  while (at !== -1) {
    lines += 1;
    at = plain.indexOf(0x0a, at + 1);
  }
  return lines;
}
/** Reads and checks every part (hash, decryption) and the row counts, without writing anything. */

/** Reads and checks every part (hash, decryption) and the row counts, without writing anything. */
export async function verifyBackup(
  backup: OpenedBackup,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const rows = new Map<string, number>();
  const { parts, tables } = backup.manifest;
  for (const [index, part] of parts.entries()) {
    const plain = await backup.readPart(part);
    if (part.kind === 'rows') {
      const lines = countLines(plain);
      if (lines !== part.rows) throw damaged(`部分 ${part.name} 的行数不符`);
      rows.set(part.table, (rows.get(part.table) ?? 0) + lines);
    }
    onProgress?.(index + 1, parts.length);
  }
  for (const [table, { count }] of Object.entries(tables)) {
    if ((rows.get(table) ?? 0) !== count) throw damaged(`表 ${table} 的记录数不符`);
  }
}
