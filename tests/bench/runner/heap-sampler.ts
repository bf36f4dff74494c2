import type { CDPSession } from 'playwright-core';

/**
 * Samples the page's JS heap through CDP (`Runtime.getHeapUsage`) every `intervalMs` while a job runs,
 * after a forced GC, and returns the peak used size in MB. Samples land between the job's tasks, so
 * a spike inside one long task can be missed: the job's longest task is printed beside it.
 */
export async function peakHeapDuring<T>(
  cdp: CDPSession,
  job: () => Promise<T>,
  intervalMs = 100,
): Promise<{ result: T; peakMb: number; startMb: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  const startMb = await usage();
  let peakMb = startMb;
  const state = { sampling: true };
  const sampler = (async () => {
    while (state.sampling) {
      try {
        peakMb = Math.max(peakMb, await usage());
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  try {
    const result = await job();
    peakMb = Math.max(peakMb, await usage());
    return { result, peakMb, startMb };
  } finally {
    state.sampling = false;
    await sampler;
  }
}
