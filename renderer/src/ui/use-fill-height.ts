import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The height from an element's top to the bottom of the window, so a scrolling table's own
 * horizontal scroll bar stays on screen (a fixed calc() put it below the fold at 1024×768 and in
 * 大字模式, where the filters above take two rows).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, minimum = 280, bottomGap = 24): number {
  const [height, setHeight] = useState(minimum);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, minimum, bottomGap]);
  return height;
}
