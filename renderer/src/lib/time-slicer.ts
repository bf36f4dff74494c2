/**
 * A long job (reading a 10,000-row roster, preparing its records) hands the window a turn every
 * `sliceMs`, so typing and painting never wait more than about 100 ms (issue 9's long-task rule).
 */
export interface TimeSlicer {
  /** True when the current slice has used its time. Cheap: call it as often as every row. */
  due(): boolean;
  /** Lets the event loop run (input, paint), then starts a new slice. */
  pause(): Promise<void>;
}

/** Lets the event loop run (input, paint) once. A message is a new task without setTimeout's 4 ms clamp. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createTimeSlicer(sliceMs = 40): TimeSlicer {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart >= sliceMs,
    pause: async () => {
      await nextTask();
      sliceStart = performance.now();
    },
  };
}

/** A slicer that never pauses: the same code path, run in one go (tests, small inputs). */
export const NO_SLICING: TimeSlicer = { due: () => false, pause: () => Promise.resolve() };
