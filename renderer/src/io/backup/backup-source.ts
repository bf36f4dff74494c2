/**
 * A backup file read in slices: the whole file never sits in memory. A browser File is one (Blob.slice),
 * Electron reads slices of the chosen file through IPC, tests pass plain bytes.
 */
export interface BackupSource {
  readonly name: string;
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Releases the file (Electron's open handle); reading after it fails. */
  close?(): Promise<void>;
}

export function bytesSource(bytes: Uint8Array, name = 'backup.pdbak'): BackupSource {
  return {
    name,
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

export function blobSource(blob: Blob, name: string): BackupSource {
  return {
    name,
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
