import { Inflate } from 'fflate';
import { concatBytes } from '../../lib/concat-bytes';

export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${String(limit)} bytes`);
    this.name = 'InflateLimitError';
  }
}

const PIECE = 64 * 1024;

/**
 * Raw-deflate data inflated piece by piece, stopping as soon as the output passes `limit`: a small
 * crafted part cannot make the app allocate gigabytes (a "zip bomb").
 */
export function boundedInflate(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError(limit);
    chunks.push(chunk);
  });
  for (let offset = 0; offset < data.length; offset += PIECE) {
    inflater.push(data.subarray(offset, offset + PIECE), offset + PIECE >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  return concatBytes(chunks);
}
