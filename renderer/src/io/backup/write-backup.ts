import { deflateSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { BackupEncryption, BackupManifest, BackupPart } from './manifest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  canonicalManifest,
  MANIFEST_NAME,
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
import { memorySink, SINK_CHUNK_BYTES } from './backup-sink';
import { concatBytes } from '../../lib/concat-bytes';
import { nextTask } from '../../lib/time-slicer';

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
}

/** Bytes deflated between two yields to the browser (about 20–40 ms of work). */
const DEFLATE_SLICE_BYTES = 512 * 1024;

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

class PartWriter {
  readonly parts: BackupPart[] = [];
  /** Zip output not yet handed to the sink; handed on once it reaches SINK_CHUNK_BYTES. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  bytesWritten = 0;
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error !== null) this.failure = error;
    else {
      this.pending.push(data);
      this.pendingBytes += data.length;
    }
  });

  constructor(
    private readonly key: CryptoKey | null,
    private readonly sink: BackupSink,
  ) {}

  private async drain(all: boolean): Promise<void> {
    if (this.failure !== null) throw this.failure;
    if (this.pendingBytes === 0 || (!all && this.pendingBytes < SINK_CHUNK_BYTES)) return;
    const chunk = concatBytes(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    this.bytesWritten += chunk.length;
    await this.sink.write(chunk);
  }

  async add(part: Omit<BackupPart, 'sha256' | 'bytes'>, plain: Uint8Array): Promise<void> {
    // Encrypted bytes do not compress: compress first, then encrypt, then store as is.
    const stored =
      this.key === null
        ? plain
        : await encryptBytes(this.key, deflateSync(plain, { level: 6 }), partAssociatedData(part, this.parts.length));
    const hashing = sha256Hex(stored);
    const file = this.key === null ? new ZipDeflate(part.name, { level: 6 }) : new ZipPassThrough(part.name);
    this.zip.add(file);
    // Compressed a slice at a time with a yield in between, so the window never freezes for long.
    for (let offset = 0; offset < stored.length || offset === 0; offset += DEFLATE_SLICE_BYTES) {
      const end = Math.min(stored.length, offset + DEFLATE_SLICE_BYTES);
      file.push(stored.subarray(offset, end), end === stored.length);
      if (end < stored.length) await nextTask();
    }
    this.parts.push({ ...part, sha256: await hashing, bytes: stored.length });
    await this.drain(false);
  }

  async finish(manifest: BackupManifest): Promise<void> {
    const file = new ZipDeflate(MANIFEST_NAME, { level: 6 });
    this.zip.add(file);
    file.push(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), true);
    this.zip.end();
    await this.drain(true);
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
  const writer = new PartWriter(key, sink);
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
  await writer.finish(manifest);
  return { manifest, size: writer.bytesWritten };
}
