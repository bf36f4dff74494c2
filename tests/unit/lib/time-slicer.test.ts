import { describe, expect, it } from 'vitest';
import { createTimeSlicer, NO_SLICING } from '../../../renderer/src/lib/time-slicer';

describe('time slicer', () => {
  it('is due once its slice has been used; a pause waits for a new task and starts a new slice', async () => {
    const slicer = createTimeSlicer(5);
    expect(slicer.due()).toBe(false);
    const until = performance.now() + 6;
    while (performance.now() < until) {
      // Busy, as a long job is.
    }
    expect(slicer.due()).toBe(true);
    let paused = false;
    const pause = slicer.pause().then(() => (paused = true));
    await Promise.resolve();
    // Not a microtask: the event loop has its turn first.
    expect(paused).toBe(false);
    await pause;
    expect(slicer.due()).toBe(false);
  });

  it('NO_SLICING never pauses', async () => {
    expect(NO_SLICING.due()).toBe(false);
    await expect(NO_SLICING.pause()).resolves.toBeUndefined();
  });
});
