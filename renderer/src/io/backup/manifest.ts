import { z } from 'zod';

export const BACKUP_FORMAT = 'party-edu-ledger-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'pdbak';
export const MANIFEST_NAME = 'manifest.json';
/**
 * Rows per data part: each part is hashed whole (WebCrypto has no incremental hashing) and parsed
 * whole on restore, so a part's size bounds the memory both need (10,000 attendance rows ≈ 3 MB).
 */
export const ROWS_PER_PART = 10_000;

/** The manifest is a few hundred KB even at 10,000 members; a bigger one is not ours. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** A rows part holds ≤ ROWS_PER_PART rows (≈ 3 MB); this leaves room for long notes, not for a zip bomb. */
export const MAX_ROWS_PART_BYTES = 512 * 1024 * 1024;
/** A file part (courseware, receipts) is at most the import limit of one file. */
export const MAX_BLOB_PART_BYTES = 2 * 1024 * 1024 * 1024 + 64 * 1024;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

const partSchema = z.object({
  /** Path inside the zip, e.g. data/attendance/000001.jsonl or blobs/files/000001.bin. */
  name: z.string().min(1),
  kind: z.enum(['rows', 'blob']),
  table: z.string(),
  /** Rows in a rows part. */
  rows: z.number().int().min(0).optional(),
  /** SHA-256 (hex) of the part's bytes as stored in the zip entry (the ciphertext when encrypted). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});
export type BackupPart = z.infer<typeof partSchema>;

const encryptionSchema = z.object({
  algorithm: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  /** Bounded: a file naming a billion iterations would hang the restore before the password is checked. */
  iterations: z.number().int().min(100_000).max(MAX_PBKDF2_ITERATIONS),
  /** Base64. */
  salt: z.string(),
  /** A known text encrypted with the key (base64): tells a wrong password before anything is read. */
  check: z.string(),
  /**
   * Set by backups that bind each part to its place (name, kind, table, rows, index) as AES-GCM
   * associated data, and authenticate the manifest itself with `manifestTag`.
   */
  bound: z.literal(true).optional(),
  /** The manifest's canonical digest, encrypted with the key (base64). */
  manifestTag: z.string().optional(),
});
export type BackupEncryption = z.infer<typeof encryptionSchema>;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  /** Rows per table at backup time, every table of the store (including empty ones). */
  tables: z.record(z.string(), z.object({ count: z.number().int().min(0), primaryKey: z.string() })),
  parts: z.array(partSchema),
  encryption: encryptionSchema.optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The associated data that binds an encrypted part to its place in the backup. */
export function partAssociatedData(part: Pick<BackupPart, 'name' | 'kind' | 'table' | 'rows'>, index: number): string {
  return JSON.stringify(['party-edu-ledger-part', part.name, part.kind, part.table, part.rows ?? null, index]);
}

/** Everything the manifest says, in a fixed order, without the tag itself: what the tag authenticates. */
export function canonicalManifest(manifest: BackupManifest): string {
  const { encryption } = manifest;
  return JSON.stringify([
    manifest.format,
    manifest.formatVersion,
    manifest.appVersion,
    manifest.schemaVersion,
    manifest.createdAt,
    Object.entries(manifest.tables)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, table]) => [name, table.count, table.primaryKey]),
    manifest.parts.map((part) => [part.name, part.kind, part.table, part.rows ?? null, part.sha256, part.bytes]),
    encryption === undefined ? null : [encryption.iterations, encryption.salt, encryption.check],
  ]);
}
