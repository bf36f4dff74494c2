import { inflateSync } from 'fflate';
import type { BackupSource } from './backup-source';

/**
 * Reads a zip from a source in slices: the central directory first (at the end of the file), then
 * one entry at a time, so memory holds one entry, never the file.
 */

export type ZipReadProblem = 'not-zip' | 'truncated' | 'damaged';

export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipReadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipReadError';
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function startsLikeZip(source: BackupSource): Promise<boolean> {
  if (source.size < 4) return false;
  const head = await source.read(0, 4);
  return head.length === 4 && view(head).getUint32(0, true) === LOCAL_SIGNATURE;
}

function findEndRecord(tail: Uint8Array): number {
  const tailView = view(tail);
  for (let at = tail.length - END_BYTES; at >= 0; at -= 1)
    if (tailView.getUint32(at, true) === END_SIGNATURE) return at;
  return -1;
}

/** The entries listed in the central directory, by name. */
export async function readZipDirectory(source: BackupSource): Promise<Map<string, ZipEntry>> {
  if (!(await startsLikeZip(source))) throw new ZipReadError('not-zip', 'not a zip');
  // The end record is the last 22 bytes unless the zip has a comment (ours never do): look there
  // first, and read the longest possible comment's worth only when it is not.
  let tail: Uint8Array = new Uint8Array(0);
  let end = -1;
  for (const tailLength of [Math.min(source.size, 1024), Math.min(source.size, END_BYTES + MAX_COMMENT)]) {
    if (tailLength <= tail.length) break;
    tail = await source.read(source.size - tailLength, tailLength);
    end = findEndRecord(tail);
    if (end >= 0) break;
  }
  if (end < 0) throw new ZipReadError('truncated', 'no end of central directory');
  const tailView = view(tail);
  const entryCount = tailView.getUint16(end + 10, true);
  const directorySize = tailView.getUint32(end + 12, true);
  const directoryOffset = tailView.getUint32(end + 16, true);
  if (directoryOffset + directorySize > source.size) throw new ZipReadError('truncated', 'directory beyond end');
  const directory = await source.read(directoryOffset, directorySize);
  const directoryView = view(directory);
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (at + CENTRAL_HEADER_BYTES > directory.length || directoryView.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipReadError('damaged', 'bad central directory');
    }
    const nameLength = directoryView.getUint16(at + 28, true);
    const extraLength = directoryView.getUint16(at + 30, true);
    const commentLength = directoryView.getUint16(at + 32, true);
    const name = decoder.decode(directory.subarray(at + CENTRAL_HEADER_BYTES, at + CENTRAL_HEADER_BYTES + nameLength));
    entries.set(name, {
      name,
      method: directoryView.getUint16(at + 10, true),
      compressedSize: directoryView.getUint32(at + 20, true),
      size: directoryView.getUint32(at + 24, true),
      localHeaderOffset: directoryView.getUint32(at + 42, true),
    });
    at += CENTRAL_HEADER_BYTES + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's uncompressed bytes. */
export async function readZipEntry(source: BackupSource, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.localHeaderOffset + LOCAL_HEADER_BYTES > source.size) throw new ZipReadError('truncated', entry.name);
  const header = view(await source.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES));
  if (header.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ZipReadError('damaged', entry.name);
  const dataOffset =
    entry.localHeaderOffset + LOCAL_HEADER_BYTES + header.getUint16(26, true) + header.getUint16(28, true);
  if (dataOffset + entry.compressedSize > source.size) throw new ZipReadError('truncated', entry.name);
  const compressed = await source.read(dataOffset, entry.compressedSize);
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) throw new ZipReadError('damaged', `method ${String(entry.method)}`);
  try {
    const out = inflateSync(compressed, { out: new Uint8Array(entry.size) });
    if (out.length !== entry.size) throw new ZipReadError('damaged', entry.name);
    return out;
  } catch (error) {
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError('damaged', entry.name);
  }
}
