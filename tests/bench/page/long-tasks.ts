/** The longest long-task (ms) that ended after `since` (performance.now()), 0 if none. */
export function longestTaskSince(since: number): number {
  let longest = 0;
  for (const [start, duration] of window.benchLongTasks ?? []) {
    if (start + duration >= since) longest = Math.max(longest, duration);
  }
  return longest;
}
