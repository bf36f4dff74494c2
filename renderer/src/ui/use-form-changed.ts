import { useState } from 'react';

/**
 * Whether a form's values differ from what it opened with: the test for the leave guard. The first
 * values are kept as they were when the form opened; a form that fills itself later passes `ready`
 * false until then, and its values at that moment become the starting point.
 */
export function useFormChanged(values: unknown, ready = true): boolean {
  const now = JSON.stringify(values);
  const [start, setStart] = useState<string | null>(ready ? now : null);
  if (start === null && ready) {
    setStart(now);
    return false;
  }
  return start !== null && now !== start;
}
