import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../renderer/src/io/backup/crc32';

describe('CRC-32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with zlib for every length around the 8-byte steps, in one go or continued slice by slice', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 131 + (i >> 3)) & 0xff);
    for (const length of [1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 999, 1000]) {
      const data = bytes.subarray(0, length);
      expect(crc32(data), String(length)).toBe(zlibCrc32(data));
      const half = Math.floor(length / 3);
      expect(crc32(data.subarray(half), crc32(data.subarray(0, half))), `${String(length)} continued`).toBe(
        zlibCrc32(data),
      );
    }
  });

  it('checksums 64 MB fast enough to run over a backup of several GB', () => {
    const bytes = new Uint8Array(64 * 1024 * 1024).fill(0x5a);
    const started = performance.now();
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    // Slicing-by-8 runs at several hundred MB/s even on a slow shared machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
