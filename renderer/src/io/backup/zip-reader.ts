import { inflateSync } from 'fflate';
import type { BackupSource } from './backup-source';
import { MAX_BLOB_PART_BYTES } from './manifest';

/**
 * Reads a zip from a source in slices: the central directory first (at the end of the file), then
 * one entry at a time, so memory holds one entry, never the file.
 */

export type ZipReadProblem = 'not-zip' | 'truncated' | 'damaged' | 'too-large';

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
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EXTRA_ID = 0x0001;
const END_BYTES = 22;
const ZIP64_END_BYTES = 56;
const ZIP64_LOCATOR_BYTES = 20;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const WIDE16 = 0xffff;
const WIDE32 = 0xffffffff;

/**
 * The largest entry read into memory: the largest part a backup holds (a 2 GiB file plus the room
 * encryption needs). A bigger entry is refused before anything is allocated for it.
 */
export const MAX_ZIP_ENTRY_BYTES = MAX_BLOB_PART_BYTES;
/** The central directory is read whole; ours is well under the manifest's 16 MB even at 100,000 parts. */
const MAX_ZIP_DIRECTORY_BYTES = 64 * 1024 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit field as a number; beyond 2^53 a number cannot hold it exactly, so the file is refused. */
function uint64(data: DataView, at: number): number {
  const value = data.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ZipReadError('too-large', `a ZIP64 field (${value.toString()}) is beyond 2^53`);
  }
  return Number(value);
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

interface DirectoryPlace {
  entryCount: number;
  directorySize: number;
  directoryOffset: number;
}

/**
 * Where the central directory is: from the end record, or, when a ZIP64 locator stands just before
 * it, from the ZIP64 end record it points to (files over 4 GiB, or with 65,535 entries or more).
 */
async function directoryPlace(source: BackupSource, tail: Uint8Array, end: number): Promise<DirectoryPlace> {
  const tailView = view(tail);
  const classic = {
    entryCount: tailView.getUint16(end + 10, true),
    directorySize: tailView.getUint32(end + 12, true),
    directoryOffset: tailView.getUint32(end + 16, true),
  };
  const endAt = source.size - tail.length + end;
  const locatorAt = endAt - ZIP64_LOCATOR_BYTES;
  const wide = classic.entryCount === WIDE16 || classic.directorySize === WIDE32 || classic.directoryOffset === WIDE32;
  if (locatorAt < 0) {
    if (wide) throw new ZipReadError('truncated', 'no ZIP64 end record');
    return classic;
  }
  const locator = view(await source.read(locatorAt, ZIP64_LOCATOR_BYTES));
  if (locator.byteLength < ZIP64_LOCATOR_BYTES || locator.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE) {
    if (wide) throw new ZipReadError('truncated', 'no ZIP64 end record');
    return classic;
  }
  const end64At = uint64(locator, 8);
  if (end64At + ZIP64_END_BYTES > locatorAt) throw new ZipReadError('damaged', 'ZIP64 end record misplaced');
  const end64 = view(await source.read(end64At, ZIP64_END_BYTES));
  if (end64.getUint32(0, true) !== ZIP64_END_SIGNATURE) throw new ZipReadError('damaged', 'bad ZIP64 end record');
  return {
    entryCount: uint64(end64, 32),
    directorySize: uint64(end64, 40),
    directoryOffset: uint64(end64, 48),
  };
}

/** The ZIP64 extra field's values for the 32-bit fields set to 0xFFFFFFFF, in the order zip lists them. */
function widen(
  directoryView: DataView,
  extraStart: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; localHeaderOffset: number },
): { size: number; compressedSize: number; localHeaderOffset: number } {
  const keys = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((key) => fields[key] === WIDE32);
  if (keys.length === 0) return fields;
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = directoryView.getUint16(at, true);
    const length = directoryView.getUint16(at + 2, true);
    if (at + 4 + length > extraEnd) break;
    if (id === ZIP64_EXTRA_ID) {
      if (length < 8 * keys.length) throw new ZipReadError('damaged', 'short ZIP64 extra field');
      const out = { ...fields };
      keys.forEach((key, index) => (out[key] = uint64(directoryView, at + 4 + 8 * index)));
      return out;
    }
    at += 4 + length;
  }
  throw new ZipReadError('damaged', 'missing ZIP64 extra field');
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
  const { entryCount, directorySize, directoryOffset } = await directoryPlace(source, tail, end);
  if (directoryOffset + directorySize > source.size) throw new ZipReadError('truncated', 'directory beyond end');
  if (directorySize > MAX_ZIP_DIRECTORY_BYTES) throw new ZipReadError('damaged', 'directory too large');
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
    const nameEnd = at + CENTRAL_HEADER_BYTES + nameLength;
    if (nameEnd + extraLength > directory.length) throw new ZipReadError('damaged', 'bad central directory');
    const name = decoder.decode(directory.subarray(at + CENTRAL_HEADER_BYTES, nameEnd));
    const sizes = widen(directoryView, nameEnd, nameEnd + extraLength, {
      compressedSize: directoryView.getUint32(at + 20, true),
      size: directoryView.getUint32(at + 24, true),
      localHeaderOffset: directoryView.getUint32(at + 42, true),
    });
    entries.set(name, { name, method: directoryView.getUint16(at + 10, true), ...sizes });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Largest slice asked of the source at once (Electron's IPC refuses slices over 1 GiB). */
const READ_SLICE_BYTES = 64 * 1024 * 1024;

/** `length` bytes from `offset`, read slice by slice into one array (no second copy to join them). */
export async function readWhole(source: BackupSource, offset: number, length: number): Promise<Uint8Array> {
  if (length <= READ_SLICE_BYTES) return source.read(offset, length);
  const out = new Uint8Array(length);
  for (let done = 0; done < length;) {
    const slice = await source.read(offset + done, Math.min(READ_SLICE_BYTES, length - done));
    if (slice.length === 0) throw new ZipReadError('truncated', 'short read');
    out.set(slice, done);
    done += slice.length;
  }
  return out;
}

/**
 * Where an entry's stored bytes start (after its local header). Refuses, before anything is
 * allocated, an entry bigger than any part a backup holds: no such part is read into one array.
 */
export async function entryDataOffset(source: BackupSource, entry: ZipEntry): Promise<number> {
  if (entry.size > MAX_ZIP_ENTRY_BYTES || entry.compressedSize > MAX_ZIP_ENTRY_BYTES) {
    throw new ZipReadError('too-large', entry.name);
  }
  if (entry.localHeaderOffset + LOCAL_HEADER_BYTES > source.size) throw new ZipReadError('truncated', entry.name);
  const header = view(await source.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES));
  if (header.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ZipReadError('damaged', entry.name);
  const dataOffset =
    entry.localHeaderOffset + LOCAL_HEADER_BYTES + header.getUint16(26, true) + header.getUint16(28, true);
  if (dataOffset + entry.compressedSize > source.size) throw new ZipReadError('truncated', entry.name);
  return dataOffset;
}

/** One entry's uncompressed bytes. */
export async function readZipEntry(source: BackupSource, entry: ZipEntry): Promise<Uint8Array> {
  const dataOffset = await entryDataOffset(source, entry);
  return decodeZipEntry(entry, await readWhole(source, dataOffset, entry.compressedSize));
}

/** An entry's uncompressed bytes from its stored ones. */
export function decodeZipEntry(entry: ZipEntry, compressed: Uint8Array): Uint8Array {
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
