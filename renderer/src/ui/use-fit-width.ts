import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The zoom (at most 1) at which content `contentWidth` px wide fits the element's inner width: an A4
 * preview (794 px) is shrunk to the window at 1024 px instead of being cut at its right edge.
 */
export function useFitWidth(ref: RefObject<HTMLElement | null>, contentWidth: number, gutter = 32): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setZoom(Math.min(1, Math.max(0.4, (element.clientWidth - gutter) / contentWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, contentWidth, gutter]);
  return zoom;
}
