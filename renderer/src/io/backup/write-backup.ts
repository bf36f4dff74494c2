import { deflateSync } from 'fflate';
import type { BackupEncryption, BackupManifest, BackupPart } from './manifest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  canonicalManifest,
  MANIFEST_NAME,
  MAX_BLOB_PART_BYTES,
  MAX_ROWS_PART_BYTES,
  partAssociatedData,
  ROWS_PER_PART,
} from './manifest';
import {
  deriveAesKey,
  encryptBytes,
  encryptionCheck,
  PBKDF2_ITERATIONS,
  randomBytes,
  sha256Hex,
  toBase64,
} from './backup-crypto';
import type { WholeStore } from '../../db/whole-store/store-tables';
import { storeTables } from '../../db/whole-store/store-tables';
import type { BackupSink } from './backup-sink';
import { memorySink } from './backup-sink';
import { ZipWriter } from './zip-writer';
import { BackupError, UNCHANGED } from './backup-error';

export interface BackupProgress {
  table: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface BackupOptions {
  appVersion: string;
  schemaVersion: number;
  /** Encrypts every part with AES-GCM under a key derived from it (PBKDF2-SHA256). */
  password?: string;
  onProgress?: (progress: BackupProgress) => void;
  /**
   * Reads a file kept outside the store (Electron: courseware and receipts under userData/files, named
   * by a row's `storedPath`): each becomes a part `stored/<storedPath>`, hash-checked like the rest.
   */
  readStoredFile?: (storedPath: string) => Promise<Uint8Array>;
  /** Rows per data part; tests make it small to exercise several parts. */
  rowsPerPart?: number;
  /** Sizes and offsets at or above this get ZIP64 records (default 0xFFFFFFFF); tests lower it. */
  zip64Threshold?: number;
  now?: Date;
}

export interface BackupResult {
  bytes: Uint8Array;
  manifest: BackupManifest;
}

export interface StreamedBackup {
  manifest: BackupManifest;
  /** Bytes handed to the sink: the file's size. */
  size: number;
  /** CRC-32 of the whole file as written: the verify step re-reads it byte for byte. */
  crc32: number;
}

function partNumber(index: number): string {
  return String(index).padStart(6, '0');
}

/** Parts holding files kept outside the store (Electron's userData/files), by their stored name. */
export const STORED_PREFIX = 'stored/';

/** A stored Blob becomes a pointer to its own part; everything else is plain JSON. */
export interface BlobPointer {
  $blob: string;
  type: string;
}

/** Refused before it is written: a part the reader would refuse makes a backup that cannot be restored. */
function partTooLarge(name: string, bytes: number): BackupError {
  return new BackupError(
    'too-large',
    `“${name}”有 ${(bytes / 1024 / 1024).toFixed(0)} MB，超过了备份中单个部分约 2 GB 的上限，备份未完成。` +
      `请把过大的文件移出台账后再备份。${UNCHANGED}`,
  );
}

class PartWriter {
  readonly parts: BackupPart[] = [];
  private readonly zip: ZipWriter;

  constructor(
    private readonly key: CryptoKey | null,
    sink: BackupSink,
    options: { zip64Threshold?: number; date?: Date },
  ) {
    this.zip = new ZipWriter(sink, options);
  }

  async add(part: Omit<BackupPart, 'sha256' | 'bytes'>, plain: Uint8Array): Promise<void> {
    // Encrypted bytes do not compress: compress first, then encrypt, then store as is.
    const stored =
      this.key === null
        ? plain
        : await encryptBytes(this.key, deflateSync(plain, { level: 6 }), partAssociatedData(part, this.parts.length));
    if (stored.length > (part.kind === 'rows' ? MAX_ROWS_PART_BYTES : MAX_BLOB_PART_BYTES)) {
      throw partTooLarge(part.name, stored.length);
    }
    const hashing = sha256Hex(stored);
    await this.zip.add(part.name, stored, this.key === null);
    this.parts.push({ ...part, sha256: await hashing, bytes: stored.length });
  }

  /** Writes the manifest and the zip's directory; returns the file's size and CRC-32. */
  async finish(manifest: BackupManifest): Promise<{ size: number; crc32: number }> {
    await this.zip.add(MANIFEST_NAME, new TextEncoder().encode(JSON.stringify(manifest, null, 2)), true);
    return this.zip.finish();
  }
}

/** The whole backup in memory: for tests and the small fixtures; the app streams with `writeBackup`. */
export async function createBackup(db: WholeStore, options: BackupOptions): Promise<BackupResult> {
  const sink = memorySink();
  const { manifest } = await writeBackup(db, sink, options);
  return { bytes: sink.bytes(), manifest };
}

/**
 * Writes the whole store as one .pdbak file into `sink`, chunk by chunk: a zip of JSON-lines parts
 * (≤ `rowsPerPart` rows each), attached files as their own parts, and a manifest with counts and a
 * SHA-256 per part. Every table of `db` is included, whatever features added it. Tables are read
 * page by page (the next page is read while this one is compressed), so memory holds about one part.
 */
export async function writeBackup(db: WholeStore, sink: BackupSink, options: BackupOptions): Promise<StreamedBackup> {
  const rowsPerPart = options.rowsPerPart ?? ROWS_PER_PART;
  let encryption: BackupEncryption | undefined;
  let key: CryptoKey | null = null;
  if (options.password !== undefined && options.password !== '') {
    const salt = randomBytes(16);
    key = await deriveAesKey(options.password, salt, PBKDF2_ITERATIONS);
    encryption = {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      check: await encryptionCheck(key),
      bound: true,
    };
  }
  const writer = new PartWriter(key, sink, {
    ...(options.zip64Threshold === undefined ? {} : { zip64Threshold: options.zip64Threshold }),
    ...(options.now === undefined ? {} : { date: options.now }),
  });
  const encoder = new TextEncoder();
  const tables: BackupManifest['tables'] = {};
  const storedNames = new Set<string>();
  for (const table of storeTables(db).sort((a, b) => a.name.localeCompare(b.name))) {
    const rowsTotal = await table.count();
    let rowsDone = 0;
    let lines: string[] = [];
    let partIndex = 0;
    let blobIndex = 0;
    const flush = async () => {
      if (lines.length === 0) return;
      partIndex += 1;
      const text = lines.join('\n') + '\n';
      const rows = lines.length;
      lines = [];
      await writer.add(
        { name: `data/${table.name}/${partNumber(partIndex)}.jsonl`, kind: 'rows', table: table.name, rows },
        encoder.encode(text),
      );
    };
    for await (const page of table.pages()) {
      for (const row of page) {
        let stored: unknown = row;
        if (typeof row === 'object' && row !== null && Object.values(row).some((value) => value instanceof Blob)) {
          const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
          for (const [field, value] of Object.entries(copy)) {
            if (!(value instanceof Blob)) continue;
            blobIndex += 1;
            const name = `blobs/${table.name}/${partNumber(blobIndex)}.bin`;
            await writer.add({ name, kind: 'blob', table: table.name }, new Uint8Array(await value.arrayBuffer()));
            copy[field] = { $blob: name, type: value.type } satisfies BlobPointer;
          }
          stored = copy;
        }
        const storedPath = (row as { storedPath?: unknown } | null)?.storedPath;
        if (options.readStoredFile !== undefined && typeof storedPath === 'string' && !storedNames.has(storedPath)) {
          storedNames.add(storedPath);
          const name = `${STORED_PREFIX}${storedPath}`;
          await writer.add({ name, kind: 'blob', table: table.name }, await options.readStoredFile(storedPath));
        }
        lines.push(JSON.stringify(stored));
        if (lines.length >= rowsPerPart) await flush();
      }
      rowsDone += page.length;
      options.onProgress?.({ table: table.name, rowsDone, rowsTotal });
    }
    await flush();
    tables[table.name] = { count: rowsDone, primaryKey: table.primaryKey };
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    tables,
    parts: writer.parts,
    ...(encryption === undefined ? {} : { encryption }),
  };
  if (key !== null && manifest.encryption !== undefined) {
    // The manifest is authenticated too: no part can be dropped or a count changed without the restore failing.
    const digest = await sha256Hex(new TextEncoder().encode(canonicalManifest(manifest)));
    manifest.encryption.manifestTag = toBase64(await encryptBytes(key, new TextEncoder().encode(digest)));
  }
  return { manifest, ...(await writer.finish(manifest)) };
}
