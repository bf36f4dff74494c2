import { sha256Hex } from './backup-crypto';
import { BackupError, UNCHANGED } from './backup-error';
import type { BackupSource } from './backup-source';
import type { BackupManifest } from './manifest';
import { canonicalManifest } from './manifest';
import { checkPartSizes, readDirectory, readEntry, readManifest } from './read-backup';

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

/**
 * Re-reads a backup just written, from where it went (Electron: the flushed file through main;
 * browser: the Blob about to be downloaded): its size, its central directory, its manifest (the one
 * that was written), and every part's size and SHA-256 against the manifest. Only a backup that passes
 * is reported "已备份（已校验）"; anything else throws a BackupError of kind 'unverified'.
 * No password is needed: the hashes are of the bytes as stored (ciphertext when encrypted).
 */
export async function verifyWrittenBackup(
  source: BackupSource,
  written: { manifest: BackupManifest; size: number },
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
    const { parts } = manifest;
    onProgress?.({ partsDone: 0, partsTotal: parts.length });
    for (const [index, part] of parts.entries()) {
      const entry = entries.get(part.name);
      if (entry === undefined) throw unverified(`缺少部分 ${part.name}`);
      const stored = await readEntry(source, entry);
      if (stored.length !== part.bytes || (await sha256Hex(stored)) !== part.sha256) {
        throw unverified(`部分 ${part.name} 的校验值不符`);
      }
      onProgress?.({ partsDone: index + 1, partsTotal: parts.length });
    }
  } catch (error) {
    if (!(error instanceof BackupError) || error.kind === 'unverified') throw error;
    throw unverified(readProblem(error));
  }
}
