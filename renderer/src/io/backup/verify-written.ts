import { sha256Hex } from './backup-crypto';
import { BackupError, UNCHANGED } from './backup-error';
import type { BackupSource } from './backup-source';
import type { BackupManifest } from './manifest';
import { canonicalManifest } from './manifest';
import { checkPartSizes, readDirectory, readManifest } from './read-backup';
import { crc32 } from './crc32';
import { decodeZipEntry, entryDataOffset, readWhole, ZipReadError } from './zip-reader';

export interface VerifyProgress {
  partsDone: number;
  partsTotal: number;
}

function unverified(detail: string): BackupError {
  return new BackupError(
    'unverified',
    `备份写完后重新读取校验时发现问题（${detail}），这份备份不能用，未保存。` +
      `请检查 U 盘或磁盘（空间、是否松动）后重新备份。${UNCHANGED}`,
  );
}

function zipProblem(error: ZipReadError): string {
  if (error.problem === 'truncated') return '文件末尾不完整';
  if (error.problem === 'too-large') return '有部分超出可读取的范围';
  return `部分 ${error.message} 无法读取`;
}

/** What the reader found, in a few words. */
function readProblem(error: BackupError): string {
  if (error.kind === 'truncated') return '文件末尾不完整';
  if (error.kind === 'too-large') return '有部分超出可读取的范围';
  if (error.kind === 'damaged') return /（(.+?)）/.exec(error.message)?.[1] ?? '文件已损坏';
  return '文件内容不是完整的备份';
}

function sameManifest(read: BackupManifest, written: BackupManifest): boolean {
  return (
    canonicalManifest(read) === canonicalManifest(written) &&
    JSON.stringify(read.encryption ?? null) === JSON.stringify(written.encryption ?? null)
  );
}

/** What was written, as the writer saw it. */
export interface WrittenBackup {
  manifest: BackupManifest;
  size: number;
  /** CRC-32 of the whole file as written; without it (files made elsewhere) only the structure is checked. */
  crc32?: number;
}

/** Bytes read at once for the parts of the file that belong to no entry (directory, end records). */
const SLICE_BYTES = 16 * 1024 * 1024;

/**
 * Re-reads a backup just written, from where it went (Electron: the flushed file through main;
 * browser: the Blob about to be downloaded), in one pass from start to end: its size, its central
 * directory, its manifest (the one that was written), every part's size and SHA-256 against the
 * manifest, and a CRC-32 over every byte against the one computed while writing (so a changed byte in
 * a header is caught too). Only a backup that passes is reported "已备份（已校验）"; anything else
 * throws a BackupError of kind 'unverified'. No password is needed: the hashes are of the bytes as
 * stored (ciphertext when encrypted).
 */
export async function verifyWrittenBackup(
  source: BackupSource,
  written: WrittenBackup,
  onProgress?: (progress: VerifyProgress) => void,
): Promise<void> {
  if (source.size !== written.size) {
    throw unverified(`文件大小为 ${source.size} 字节，应为 ${written.size} 字节`);
  }
  try {
    const entries = await readDirectory(source);
    const manifest = await readManifest(source, entries);
    if (!sameManifest(manifest, written.manifest)) throw unverified('文件中的清单与写入的不符');
    checkPartSizes(manifest, entries);
    const partsByName = new Map(manifest.parts.map((part) => [part.name, part]));
    const partsTotal = manifest.parts.length;
    let partsDone = 0;
    onProgress?.({ partsDone, partsTotal });
    let crc = 0;
    let cursor = 0;
    const checksumming = written.crc32 !== undefined;
    /** Bytes between entries and after the last (data descriptors, the directory): checksummed in slices. */
    const passOver = async (from: number, to: number) => {
      if (!checksumming) return;
      for (let at = from; at < to; at += SLICE_BYTES) {
        crc = crc32(await source.read(at, Math.min(SLICE_BYTES, to - at)), crc);
      }
    };
    // Entries in file order, each read once with its local header.
    for (const entry of [...entries.values()].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
      if (entry.localHeaderOffset < cursor) throw unverified(`部分 ${entry.name} 与其他部分重叠`);
      await passOver(cursor, entry.localHeaderOffset);
      const dataOffset = await entryDataOffset(source, entry);
      const record = await readWhole(
        source,
        entry.localHeaderOffset,
        dataOffset + entry.compressedSize - entry.localHeaderOffset,
      );
      if (checksumming) crc = crc32(record, crc);
      cursor = dataOffset + entry.compressedSize;
      const part = partsByName.get(entry.name);
      if (part === undefined) continue;
      const stored = decodeZipEntry(entry, record.subarray(dataOffset - entry.localHeaderOffset));
      if (stored.length !== part.bytes || (await sha256Hex(stored)) !== part.sha256) {
        throw unverified(`部分 ${part.name} 的校验值不符`);
      }
      partsDone += 1;
      onProgress?.({ partsDone, partsTotal });
    }
    if (partsDone !== partsTotal) throw unverified('有部分在文件中找不到');
    await passOver(cursor, source.size);
    if (written.crc32 !== undefined && crc !== written.crc32) throw unverified('文件内容与写入的不一致');
  } catch (error) {
    if (error instanceof ZipReadError) throw unverified(zipProblem(error));
    if (!(error instanceof BackupError) || error.kind === 'unverified') throw error;
    throw unverified(readProblem(error));
  }
}
