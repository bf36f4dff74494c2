import { deflateSync } from 'fflate';

/**
 * A zip (the container of .docx) whose entries may be compressed ahead of time: the parts every file of a
 * batch shares are deflated once, and each file deflates only what is its own. Deflate (method 8), no
 * data descriptors, no ZIP64: a Word file is far below 4 GB.
 */

export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i += 1) crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const encoder = new TextEncoder();

export function zipEntry(name: string, bytes: Uint8Array, level: 1 | 3 | 6 = 6): ZipEntry {
  return {
    name: encoder.encode(name),
    crc: crc32(bytes),
    size: bytes.length,
    compressed: deflateSync(bytes, { level }),
  };
}

/** 1 January 1980, the earliest date a zip can hold: the same bytes for the same content. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const localSize = entries.reduce((sum, entry) => sum + 30 + entry.name.length + entry.compressed.length, 0);
  const centralSize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, entry: ZipEntry, central: boolean) => {
    view.setUint32(at, signature, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true); // made by: version 2.0
      at += 2;
    }
    view.setUint16(at, 20, true); // needed to extract: 2.0 (deflate)
    view.setUint16(at + 2, 0x0800, true); // names in UTF-8
    view.setUint16(at + 4, 8, true); // deflate
    view.setUint16(at + 6, DOS_TIME, true);
    view.setUint16(at + 8, DOS_DATE, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.compressed.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field
    at += 26;
  };
  for (const entry of entries) {
    offsets.push(at);
    header(0x04034b50, entry, false);
    out.set(entry.name, at);
    at += entry.name.length;
    out.set(entry.compressed, at);
    at += entry.compressed.length;
  }
  const centralStart = at;
  entries.forEach((entry, index) => {
    header(0x02014b50, entry, true);
    // comment length, disk, internal and external attributes (10 bytes): all 0; then the local header's offset
    view.setUint32(at + 10, offsets[index] ?? 0, true);
    at += 14;
    out.set(entry.name, at);
    at += entry.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
