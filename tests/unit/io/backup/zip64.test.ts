import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { BackupError } from '../../../../renderer/src/io/backup/backup-error';
import { memorySink } from '../../../../renderer/src/io/backup/backup-sink';
import type { BackupSource } from '../../../../renderer/src/io/backup/backup-source';
import { bytesSource } from '../../../../renderer/src/io/backup/backup-source';
import { inspectBackup, openBackup, verifyBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { verifyWrittenBackup } from '../../../../renderer/src/io/backup/verify-written';
import { writeBackup } from '../../../../renderer/src/io/backup/write-backup';
import type { ZipEntry } from '../../../../renderer/src/io/backup/zip-reader';
import {
  MAX_ZIP_ENTRY_BYTES,
  readZipDirectory,
  readZipEntry,
  ZipReadError,
} from '../../../../renderer/src/io/backup/zip-reader';
import { backupOf, dumpAll, scratchDatabases, seedStore } from './helpers';

const GiB = 1024 * 1024 * 1024;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

function le(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of every occurrence of a 32-bit little-endian signature. */
function signatures(bytes: Uint8Array, signature: number): number[] {
  const view = le(bytes);
  const found: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 1) if (view.getUint32(at, true) === signature) found.push(at);
  return found;
}

function withoutChangeLog(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  const { changeLog: _ignored, ...rest } = dump;
  return rest;
}

/**
 * A file of `size` bytes that exists only as a few segments: everything between them reads as zeros,
 * and no read may ask for more than 64 MiB, so a test over a "6 GiB" file never allocates gigabytes.
 */
function sparseSource(size: number, segments: { at: number; bytes: Uint8Array }[]): BackupSource & { maxRead: number } {
  const source = {
    name: 'huge.pdbak',
    size,
    maxRead: 0,
    read(offset: number, length: number) {
      const wanted = Math.max(0, Math.min(length, size - offset));
      if (wanted > 64 * 1024 * 1024) throw new Error(`read of ${String(wanted)} bytes`);
      source.maxRead = Math.max(source.maxRead, wanted);
      const out = new Uint8Array(wanted);
      for (const { at, bytes } of segments) {
        const from = Math.max(offset, at);
        const to = Math.min(offset + wanted, at + bytes.length);
        if (from < to) out.set(bytes.subarray(from - at, to - at), from - offset);
      }
      return Promise.resolve(out);
    },
  };
  return source;
}

/**
 * Lays a real backup's entries out again with a 5 GiB hole after the first one, and writes a central
 * directory by hand whose offsets (and, for good measure, sizes) are in ZIP64 extra fields, with a
 * ZIP64 end record and locator: the layout of a backup of a large courseware library.
 */
async function spreadOverFiveGiB(bytes: Uint8Array): Promise<BackupSource & { maxRead: number }> {
  const source = bytesSource(bytes);
  const entries = [...(await readZipDirectory(source)).values()].sort(
    (a, b) => a.localHeaderOffset - b.localHeaderOffset,
  );
  const records = entries.map((entry, index) => {
    const next = entries[index + 1]?.localHeaderOffset ?? Infinity;
    const header = le(bytes.subarray(entry.localHeaderOffset));
    const end = entry.localHeaderOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
    // The record up to the next one (data descriptors included), or to the end of its data for the last.
    return bytes.subarray(entry.localHeaderOffset, Math.min(next, end + entry.compressedSize));
  });
  const [first, ...rest] = records;
  if (first === undefined) throw new Error('empty backup');
  const gap = 5 * GiB;
  const offsets = [0];
  let at = gap;
  for (const record of rest) {
    offsets.push(at);
    at += record.length;
  }
  const encoder = new TextEncoder();
  const central: Uint8Array[] = entries.map((entry, index) => {
    const name = encoder.encode(entry.name);
    const wide = index > 0;
    const record = new Uint8Array(46 + name.length + (wide ? 28 : 0));
    const view = le(record);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 45, true);
    view.setUint16(6, 45, true);
    view.setUint16(8, 0x0800, true);
    view.setUint16(10, entry.method, true);
    view.setUint32(20, wide ? 0xffffffff : entry.compressedSize, true);
    view.setUint32(24, wide ? 0xffffffff : entry.size, true);
    view.setUint16(28, name.length, true);
    view.setUint16(30, wide ? 28 : 0, true);
    view.setUint32(42, wide ? 0xffffffff : (offsets[index] ?? 0), true);
    record.set(name, 46);
    if (wide) {
      const extra = 46 + name.length;
      view.setUint16(extra, 0x0001, true);
      view.setUint16(extra + 2, 24, true);
      view.setBigUint64(extra + 4, BigInt(entry.size), true);
      view.setBigUint64(extra + 12, BigInt(entry.compressedSize), true);
      view.setBigUint64(extra + 20, BigInt(offsets[index] ?? 0), true);
    }
    return record;
  });
  const directoryOffset = at;
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  const tail = new Uint8Array(directorySize + 56 + 20 + 22);
  let cursor = 0;
  for (const record of central) {
    tail.set(record, cursor);
    cursor += record.length;
  }
  const view = le(tail);
  const end64 = directoryOffset + directorySize;
  view.setUint32(cursor, ZIP64_END, true);
  view.setBigUint64(cursor + 4, 44n, true);
  view.setBigUint64(cursor + 24, BigInt(entries.length), true);
  view.setBigUint64(cursor + 32, BigInt(entries.length), true);
  view.setBigUint64(cursor + 40, BigInt(directorySize), true);
  view.setBigUint64(cursor + 48, BigInt(directoryOffset), true);
  cursor += 56;
  view.setUint32(cursor, ZIP64_LOCATOR, true);
  view.setBigUint64(cursor + 8, BigInt(end64), true);
  view.setUint32(cursor + 16, 1, true);
  cursor += 20;
  view.setUint32(cursor, 0x06054b50, true);
  view.setUint16(cursor + 8, 0xffff, true);
  view.setUint16(cursor + 10, 0xffff, true);
  view.setUint32(cursor + 12, 0xffffffff, true);
  view.setUint32(cursor + 16, 0xffffffff, true);
  const restBytes = new Uint8Array(at - gap);
  let place = 0;
  for (const record of rest) {
    restBytes.set(record, place);
    place += record.length;
  }
  return sparseSource(directoryOffset + tail.length, [
    { at: 0, bytes: first },
    { at: gap, bytes: restBytes },
    { at: directoryOffset, bytes: tail },
  ]);
}

describe('backups over 4 GiB: ZIP64', () => {
  const { open, openRestored } = scratchDatabases();

  it('a backup written with ZIP64 records forced on a small file is read back and restored exactly', async () => {
    const db = await open('zip64-forced');
    await seedStore(db);
    const before = await dumpAll(db);
    const sink = memorySink();
    const { manifest, size, crc32 } = await writeBackup(db, sink, {
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      rowsPerPart: 2,
      zip64Threshold: 0,
    });
    const bytes = sink.bytes();
    expect(size).toBe(bytes.length);
    // One ZIP64 end record and its locator, just before the classic end record.
    expect(signatures(bytes, ZIP64_END)).toHaveLength(1);
    expect(signatures(bytes, ZIP64_LOCATOR)).toEqual([bytes.length - 22 - 20]);
    const end = le(bytes.subarray(bytes.length - 22));
    expect(end.getUint32(16, true)).toBe(0xffffffff);
    // Every central entry carries its sizes and offset in a ZIP64 extra field.
    const entries = await readZipDirectory(bytesSource(bytes));
    expect(entries.size).toBe(manifest.parts.length + 1);
    for (const part of manifest.parts) expect(entries.get(part.name)?.size).toBe(part.bytes);

    await verifyWrittenBackup(bytesSource(bytes), { manifest, size, crc32 });
    const result = await restoreBackup(db, bytes, { mode: 'replace' });
    db.close();
    const restored = await openRestored(result.databaseName);
    expect(withoutChangeLog(await dumpAll(restored))).toEqual(withoutChangeLog(before));
    restored.close();
  });

  it('a small backup stays a classic zip (no ZIP64 records) by default', async () => {
    const db = await open('zip64-default');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    expect(signatures(bytes, ZIP64_LOCATOR)).toEqual([]);
    db.close();
  });

  it('a backup whose parts lie beyond 4 GiB (ZIP64 offsets and end record) is read and restored without reading gigabytes', async () => {
    const db = await open('zip64-huge');
    await seedStore(db);
    const before = await dumpAll(db);
    const { bytes, manifest } = await backupOf(db, { rowsPerPart: 2 });
    const huge = await spreadOverFiveGiB(bytes);
    expect(huge.size).toBeGreaterThan(5 * GiB);

    const entries = await readZipDirectory(huge);
    expect(Math.max(...[...entries.values()].map((entry) => entry.localHeaderOffset))).toBeGreaterThan(5 * GiB);
    expect(await inspectBackup(huge)).toEqual(manifest);
    const opened = await openBackup(huge, LATEST_SCHEMA_VERSION);
    await verifyBackup(opened);
    await verifyWrittenBackup(huge, { manifest, size: huge.size });

    const result = await restoreBackup(db, huge, { mode: 'replace' });
    db.close();
    const restored = await openRestored(result.databaseName);
    expect(withoutChangeLog(await dumpAll(restored))).toEqual(withoutChangeLog(before));
    restored.close();
    expect(huge.maxRead).toBeLessThan(1024 * 1024);
  });

  it('a ZIP64 field beyond 2^53 is refused with a clear message, not misread', async () => {
    const db = await open('zip64-beyond');
    await seedStore(db);
    const sink = memorySink();
    await writeBackup(db, sink, { appVersion: 'test', schemaVersion: LATEST_SCHEMA_VERSION, zip64Threshold: 0 });
    db.close();
    const bytes = sink.bytes().slice();
    const [end64] = signatures(bytes, ZIP64_END);
    if (end64 === undefined) throw new Error('no ZIP64 end record');
    // The directory's offset, 2^60: a number would silently round it.
    le(bytes).setBigUint64(end64 + 48, 2n ** 60n, true);
    const refusal = await inspectBackup(bytes).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).kind).toBe('too-large');
    expect((refusal as BackupError).message).toMatch(/超出了本程序能读取的范围.*2\^53/);
  });

  it('an entry bigger than any part (over 2 GiB) is refused before a byte of it is read', async () => {
    const reads: number[] = [];
    const source: BackupSource = {
      name: 'big.pdbak',
      size: 8 * GiB,
      read(_offset, length) {
        reads.push(length);
        return Promise.resolve(new Uint8Array(Math.min(length, 64)));
      },
    };
    const entry: ZipEntry = {
      name: 'stored/huge.mp4',
      method: 0,
      compressedSize: 3 * GiB,
      size: 3 * GiB,
      localHeaderOffset: 0,
    };
    const refusal = await readZipEntry(source, entry).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ZipReadError);
    expect((refusal as ZipReadError).problem).toBe('too-large');
    expect(reads).toEqual([]);
    expect(MAX_ZIP_ENTRY_BYTES).toBeLessThan(2 * GiB + 1024 * 1024);
  });
});

describe('the verify step after every backup', () => {
  const { open } = scratchDatabases();

  async function written(prefix: string) {
    const db = await open(prefix);
    await seedStore(db);
    const sink = memorySink();
    const { manifest, size, crc32 } = await writeBackup(db, sink, {
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      rowsPerPart: 2,
    });
    db.close();
    return { bytes: sink.bytes(), written: { manifest, size, crc32 } };
  }

  it('passes an untouched backup', async () => {
    const { bytes, written: expected } = await written('verify-ok');
    const seen: number[] = [];
    await verifyWrittenBackup(bytesSource(bytes), expected, ({ partsDone }) => seen.push(partsDone));
    expect(seen.at(-1)).toBe(expected.manifest.parts.length);
  });

  it('catches a flipped byte anywhere in the file, headers included', async () => {
    const { bytes, written: expected } = await written('verify-any');
    // Every 7th byte (and the last ones): local headers, names, data, the directory, the end records.
    for (let at = 0; at < bytes.length; at += at > bytes.length - 30 ? 1 : 7) {
      const flipped = bytes.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0x20;
      const refusal = await verifyWrittenBackup(bytesSource(flipped), expected).catch((error: unknown) => error);
      expect(refusal, `byte ${String(at)}`).toBeInstanceOf(BackupError);
      expect((refusal as BackupError).kind, `byte ${String(at)}`).toBe('unverified');
    }
  });

  it('catches one flipped byte inside a part, by its hash', async () => {
    const { bytes, written: expected } = await written('verify-flip');
    const { manifest } = expected;
    const entries = await readZipDirectory(bytesSource(bytes));
    const part = manifest.parts.find((candidate) => candidate.kind === 'rows');
    const entry = part === undefined ? undefined : entries.get(part.name);
    if (entry === undefined) throw new Error('no rows part');
    const nameLength = le(bytes).getUint16(entry.localHeaderOffset + 26, true);
    const extraLength = le(bytes).getUint16(entry.localHeaderOffset + 28, true);
    const flipped = bytes.slice();
    const at = entry.localHeaderOffset + 30 + nameLength + extraLength + Math.floor(entry.compressedSize / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    // Without the whole-file checksum, the part's SHA-256 still catches it.
    const refusal = await verifyWrittenBackup(bytesSource(flipped), { manifest, size: expected.size }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).kind).toBe('unverified');
    expect((refusal as BackupError).message).toMatch(/校验时发现问题.*部分 data\/.*未保存/);
  });

  it('catches a truncated file, whatever size it claims', async () => {
    const { bytes, written: expected } = await written('verify-cut');
    const cut = bytes.subarray(0, bytes.length - 100);
    await expect(verifyWrittenBackup(bytesSource(cut), expected)).rejects.toThrow(/文件大小为/);
    await expect(verifyWrittenBackup(bytesSource(cut), { ...expected, size: cut.length })).rejects.toThrow(
      /校验时发现问题（文件末尾不完整）/,
    );
  });

  it('catches a file whose manifest is not the one that was written', async () => {
    const first = await written('verify-other-a');
    const second = await written('verify-other-b');
    const other = { ...second.written.manifest, createdAt: '2000-01-01T00:00:00.000Z' };
    await expect(verifyWrittenBackup(bytesSource(first.bytes), { ...first.written, manifest: other })).rejects.toThrow(
      /清单与写入的不符/,
    );
  });
});

describe('backups made by earlier versions (fflate zips without ZIP64)', () => {
  it('every fixture still reads and passes the verification against its own manifest', async () => {
    const folder = new URL('../../../fixtures/backups/', import.meta.url);
    const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.pdbak'));
    expect(fixtures.length).toBeGreaterThan(5);
    for (const file of fixtures) {
      const bytes = new Uint8Array(await readFile(new URL(file, folder)));
      const manifest = await inspectBackup(bytes);
      await verifyWrittenBackup(bytesSource(bytes), { manifest, size: bytes.length });
      expect(signatures(bytes.subarray(bytes.length - 42), ZIP64_LOCATOR), file).toEqual([]);
    }
  });
});
