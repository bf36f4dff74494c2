/**
 * Long jobs (a year-end batch of a thousand sheets) run in slices of about `sliceMs` and give the window
 * back in between, so it paints the progress bar and takes clicks (取消): no task much over 50 ms.
 * A MessageChannel message, not setTimeout(0), which browsers clamp to 4 ms once timers nest.
 */
export function yieldToWindow(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface TimeSlicer {
  /** Yields if the current slice is used up; returns whether it did. */
  maybeYield(): Promise<boolean>;
}

export function createTimeSlicer(sliceMs = 40): TimeSlicer {
  let sliceStart = performance.now();
  return {
    async maybeYield() {
      if (performance.now() - sliceStart < sliceMs) return false;
      await yieldToWindow();
      sliceStart = performance.now();
      return true;
    },
  };
}
