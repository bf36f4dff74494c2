import { concatBytes } from '../../lib/concat-bytes';

/**
 * Where a backup's bytes go, chunk by chunk, as the zip is produced: the finished file is never one
 * piece in memory. `write` is awaited before the next chunk is made, so a slow disk slows the backup
 * instead of filling memory.
 */
export interface BackupSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** Chunks gathered into bigger ones before they reach the sink: fewer IPC calls and Blob parts. */
export const SINK_CHUNK_BYTES = 4 * 1024 * 1024;

/** The whole file in memory: for tests and small fixtures only. */
export function memorySink(): BackupSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write(chunk) {
      chunks.push(chunk);
      return Promise.resolve();
    },
    bytes: () => concatBytes(chunks),
  };
}

/**
 * The file as a Blob (browser mode): every chunk becomes a Blob part at once, and Blob parts live in
 * the browser's blob store (spilled to disk when large), outside the JS heap.
 */
export function blobSink(type = 'application/octet-stream'): BackupSink & { blob(): Blob } {
  const parts: Blob[] = [];
  return {
    write(chunk) {
      parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      return Promise.resolve();
    },
    blob: () => new Blob(parts, { type }),
  };
}
