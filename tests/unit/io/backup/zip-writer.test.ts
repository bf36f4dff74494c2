import { describe, expect, it } from 'vitest';
import { memorySink } from '../../../../renderer/src/io/backup/backup-sink';
import { bytesSource } from '../../../../renderer/src/io/backup/backup-source';
import { readZipDirectory, readZipEntry } from '../../../../renderer/src/io/backup/zip-reader';
import { ZipWriter } from '../../../../renderer/src/io/backup/zip-writer';

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

describe('the zip writer', () => {
  it('65,535 entries (too many for the 16-bit count) get the ZIP64 end records at the default threshold', async () => {
    const sink = memorySink();
    const zip = new ZipWriter(sink);
    const count = 0xffff;
    for (let index = 0; index < count; index += 1) {
      await zip.add(`e/${String(index)}`, new Uint8Array([index & 0xff]), false);
    }
    const { size } = await zip.finish();
    const bytes = sink.bytes();
    expect(size).toBe(bytes.length);
    const end = view(bytes.subarray(bytes.length - 22));
    expect(end.getUint16(10, true)).toBe(0xffff);
    expect(view(bytes.subarray(bytes.length - 42)).getUint32(0, true)).toBe(0x07064b50);
    const entries = await readZipDirectory(bytesSource(bytes));
    expect(entries.size).toBe(count);
    const last = entries.get(`e/${String(count - 1)}`);
    if (last === undefined) throw new Error('last entry missing');
    expect([...(await readZipEntry(bytesSource(bytes), last))]).toEqual([(count - 1) & 0xff]);
  });

  it('fewer entries, small sizes and offsets: a classic zip with no ZIP64 record', async () => {
    const sink = memorySink();
    const zip = new ZipWriter(sink);
    await zip.add('a.txt', new TextEncoder().encode('党员教育'.repeat(100)), true);
    await zip.finish();
    const bytes = sink.bytes();
    expect(view(bytes.subarray(bytes.length - 22)).getUint16(10, true)).toBe(1);
    const entry = (await readZipDirectory(bytesSource(bytes))).get('a.txt');
    if (entry === undefined) throw new Error('missing');
    expect(entry.method).toBe(8);
    expect(new TextDecoder().decode(await readZipEntry(bytesSource(bytes), entry))).toBe('党员教育'.repeat(100));
  });

  it('hands output on in chunks of about 4 MB as entries are added, not all at the end', async () => {
    const writes: number[] = [];
    const zip = new ZipWriter({
      write(chunk) {
        writes.push(chunk.length);
        return Promise.resolve();
      },
    });
    const noise = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 2654435761) >>> 24);
    await zip.add('1.bin', noise, false);
    expect(writes).toEqual([]);
    await zip.add('2.bin', noise, false);
    expect(writes.length).toBe(1);
    await zip.add('3.bin', noise, false);
    const { size } = await zip.finish();
    expect(writes.reduce((sum, length) => sum + length, 0)).toBe(size);
    for (const length of writes.slice(0, -1)) expect(length).toBeGreaterThanOrEqual(4 * 1024 * 1024);
  });
});
