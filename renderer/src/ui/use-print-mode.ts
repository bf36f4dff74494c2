import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { getPlatform } from '../platform/api';

/**
 * Whether the page is being printed. A list that shows only the rows on screen (the virtualised roster)
 * or a page of 100 renders every row of its filtered list while this is true, so the paper holds the
 * whole list. Set by the page's 打印 button before it prints, and by the browser's own print command
 * (Ctrl+P): `beforeprint` runs before the page is laid out for paper, and rendering in it synchronously
 * puts the rows in the page in time.
 */
export function usePrintMode(): { printing: boolean; print: () => Promise<void> } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(async () => {
    flushSync(() => setPrinting(true));
    try {
      await getPlatform().printPage();
    } finally {
      setPrinting(false);
    }
  }, []);
  return { printing, print };
}
