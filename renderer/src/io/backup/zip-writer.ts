import { Deflate } from 'fflate';
import type { BackupSink } from './backup-sink';
import { SINK_CHUNK_BYTES } from './backup-sink';
import { concatBytes } from '../../lib/concat-bytes';
import { nextTask } from '../../lib/time-slicer';
import { crc32 } from './crc32';

/**
 * Writes a zip entry by entry into a sink, with ZIP64 records wherever a size, an offset or the
 * entry count does not fit the classic 32-bit (16-bit) fields: a backup of a large courseware library
 * (over 4 GiB) stays one zip that any ZIP64 reader (7-Zip, Windows, our zip-reader) opens.
 * fflate deflates the data; the headers and the central directory are written here, because fflate's
 * zip writer knows no ZIP64.
 */

/** The largest value of a 32-bit zip field; the value itself means "see the ZIP64 record". */
const ZIP32_LIMIT = 0xffffffff;
const ZIP16_LIMIT = 0xffff;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EXTRA_ID = 0x0001;
/** Names are UTF-8 (general purpose flag bit 11). */
const UTF8_FLAG = 0x0800;
const VERSION_CLASSIC = 20;
const VERSION_ZIP64 = 45;

/** Bytes deflated (and checksummed) between two yields to the browser (about 20–40 ms of work). */
const SLICE_BYTES = 512 * 1024;

export interface ZipWriterOptions {
  /**
   * A size or offset at or above this is written as ZIP64 (default: whenever the 32-bit field cannot
   * hold it). Tests lower it to write ZIP64 records into a small file.
   */
  zip64Threshold?: number;
  /** The entries' modification time. */
  date?: Date;
}

interface WrittenEntry {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function bytesWithView(length: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  return { bytes, view: new DataView(bytes.buffer) };
}

export class ZipWriter {
  private readonly entries: WrittenEntry[] = [];
  private readonly threshold: number;
  private readonly stamp: { time: number; date: number };
  /** Output not yet handed to the sink; handed on in chunks of about SINK_CHUNK_BYTES. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Bytes of zip produced so far (handed on or pending): the next record's offset. */
  private offset = 0;
  /** Bytes handed to the sink. */
  bytesWritten = 0;
  /** CRC-32 of every byte of the file, so a re-read can tell that not one byte changed. */
  fileCrc = 0;
  private finished = false;

  constructor(
    private readonly sink: BackupSink,
    options: ZipWriterOptions = {},
  ) {
    this.threshold = options.zip64Threshold ?? ZIP32_LIMIT;
    this.stamp = dosDateTime(options.date ?? new Date());
  }

  private needs64(value: number): boolean {
    return value >= this.threshold || value >= ZIP32_LIMIT;
  }

  private emit(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.offset += bytes.length;
    this.fileCrc = crc32(bytes, this.fileCrc);
  }

  /** Hands pending output to the sink in chunks, without joining a whole entry into one array. */
  private async drain(all: boolean): Promise<void> {
    if (this.pendingBytes < SINK_CHUNK_BYTES && !(all && this.pendingBytes > 0)) return;
    // Taken by index, not shift(): a directory of 100,000 entries is 100,000 small pieces.
    const pieces = this.pending;
    this.pending = [];
    let from = 0;
    while (from < pieces.length) {
      let to = from;
      let size = 0;
      while (to < pieces.length && size < SINK_CHUNK_BYTES) size += pieces[to++]?.length ?? 0;
      if (size < SINK_CHUNK_BYTES && !all) {
        // Less than a chunk left: it waits for more output.
        this.pending = pieces.slice(from);
        return;
      }
      this.pendingBytes -= size;
      this.bytesWritten += size;
      await this.sink.write(concatBytes(pieces.slice(from, to)));
      from = to;
    }
  }

  /**
   * Adds one entry: deflated (`compress`) or stored as is (already compressed or encrypted data).
   * The data is deflated a slice at a time with a yield in between, so the window never freezes.
   */
  async add(name: string, data: Uint8Array, compress: boolean): Promise<void> {
    if (this.finished) throw new Error('zip already finished');
    let crc = 0;
    const compressed: Uint8Array[] = [];
    const deflater = compress ? new Deflate({ level: 6 }, (chunk) => void compressed.push(chunk)) : null;
    for (let start = 0; start < data.length || start === 0; start += SLICE_BYTES) {
      const end = Math.min(data.length, start + SLICE_BYTES);
      const slice = data.subarray(start, end);
      crc = crc32(slice, crc);
      deflater?.push(slice, end === data.length);
      if (end < data.length) await nextTask();
    }
    const body = deflater === null ? [data] : compressed;
    const compressedSize = body.reduce((sum, chunk) => sum + chunk.length, 0);
    const entry: WrittenEntry = {
      name: new TextEncoder().encode(name),
      method: compress ? 8 : 0,
      crc,
      compressedSize,
      size: data.length,
      offset: this.offset,
    };
    this.emit(this.localHeader(entry));
    for (const chunk of body) this.emit(chunk);
    this.entries.push(entry);
    await this.drain(false);
  }

  private localHeader(entry: WrittenEntry): Uint8Array {
    const zip64 = this.needs64(entry.size) || this.needs64(entry.compressedSize);
    const extraLength = zip64 ? 20 : 0;
    const { bytes, view } = bytesWithView(30 + entry.name.length + extraLength);
    view.setUint32(0, LOCAL_SIGNATURE, true);
    view.setUint16(4, zip64 ? VERSION_ZIP64 : VERSION_CLASSIC, true);
    view.setUint16(6, UTF8_FLAG, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, this.stamp.time, true);
    view.setUint16(12, this.stamp.date, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, zip64 ? ZIP32_LIMIT : entry.compressedSize, true);
    view.setUint32(22, zip64 ? ZIP32_LIMIT : entry.size, true);
    view.setUint16(26, entry.name.length, true);
    view.setUint16(28, extraLength, true);
    bytes.set(entry.name, 30);
    if (zip64) {
      // In a local header the ZIP64 extra holds both sizes, uncompressed first.
      const at = 30 + entry.name.length;
      view.setUint16(at, ZIP64_EXTRA_ID, true);
      view.setUint16(at + 2, 16, true);
      view.setBigUint64(at + 4, BigInt(entry.size), true);
      view.setBigUint64(at + 12, BigInt(entry.compressedSize), true);
    }
    return bytes;
  }

  private centralHeader(entry: WrittenEntry): Uint8Array {
    // The ZIP64 extra holds exactly the fields set to 0xFFFFFFFF, in this order.
    const wide = [entry.size, entry.compressedSize, entry.offset].map((value) => this.needs64(value));
    const [sizeWide, compressedWide, offsetWide] = wide;
    const count = wide.filter(Boolean).length;
    const extraLength = count === 0 ? 0 : 4 + 8 * count;
    const { bytes, view } = bytesWithView(46 + entry.name.length + extraLength);
    view.setUint32(0, CENTRAL_SIGNATURE, true);
    view.setUint16(4, count === 0 ? VERSION_CLASSIC : VERSION_ZIP64, true);
    view.setUint16(6, count === 0 ? VERSION_CLASSIC : VERSION_ZIP64, true);
    view.setUint16(8, UTF8_FLAG, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, this.stamp.time, true);
    view.setUint16(14, this.stamp.date, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, compressedWide === true ? ZIP32_LIMIT : entry.compressedSize, true);
    view.setUint32(24, sizeWide === true ? ZIP32_LIMIT : entry.size, true);
    view.setUint16(28, entry.name.length, true);
    view.setUint16(30, extraLength, true);
    view.setUint32(42, offsetWide === true ? ZIP32_LIMIT : entry.offset, true);
    bytes.set(entry.name, 46);
    if (count > 0) {
      let at = 46 + entry.name.length;
      view.setUint16(at, ZIP64_EXTRA_ID, true);
      view.setUint16(at + 2, 8 * count, true);
      at += 4;
      for (const [index, value] of [entry.size, entry.compressedSize, entry.offset].entries()) {
        if (wide[index] !== true) continue;
        view.setBigUint64(at, BigInt(value), true);
        at += 8;
      }
    }
    return bytes;
  }

  /** Writes the central directory and the end records (ZIP64 ones when needed); returns the file's size and CRC-32. */
  async finish(): Promise<{ size: number; crc32: number }> {
    if (this.finished) throw new Error('zip already finished');
    this.finished = true;
    const directoryOffset = this.offset;
    for (const entry of this.entries) this.emit(this.centralHeader(entry));
    const directorySize = this.offset - directoryOffset;
    const count = this.entries.length;
    const zip64 =
      count >= Math.min(ZIP16_LIMIT, this.threshold) || this.needs64(directorySize) || this.needs64(directoryOffset);
    if (zip64) {
      const endOffset = this.offset;
      const end64 = bytesWithView(56);
      end64.view.setUint32(0, ZIP64_END_SIGNATURE, true);
      end64.view.setBigUint64(4, 44n, true);
      end64.view.setUint16(12, VERSION_ZIP64, true);
      end64.view.setUint16(14, VERSION_ZIP64, true);
      end64.view.setBigUint64(24, BigInt(count), true);
      end64.view.setBigUint64(32, BigInt(count), true);
      end64.view.setBigUint64(40, BigInt(directorySize), true);
      end64.view.setBigUint64(48, BigInt(directoryOffset), true);
      this.emit(end64.bytes);
      const locator = bytesWithView(20);
      locator.view.setUint32(0, ZIP64_LOCATOR_SIGNATURE, true);
      locator.view.setBigUint64(8, BigInt(endOffset), true);
      locator.view.setUint32(16, 1, true);
      this.emit(locator.bytes);
    }
    const end = bytesWithView(22);
    end.view.setUint32(0, END_SIGNATURE, true);
    end.view.setUint16(8, zip64 ? ZIP16_LIMIT : count, true);
    end.view.setUint16(10, zip64 ? ZIP16_LIMIT : count, true);
    end.view.setUint32(12, zip64 ? ZIP32_LIMIT : directorySize, true);
    end.view.setUint32(16, zip64 ? ZIP32_LIMIT : directoryOffset, true);
    this.emit(end.bytes);
    await this.drain(true);
    return { size: this.bytesWritten, crc32: this.fileCrc };
  }
}
