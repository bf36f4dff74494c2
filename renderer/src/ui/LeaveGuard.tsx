import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/**
 * Put on a page with a form: while `when` holds, going to another page asks first, and closing the
 * window or reloading triggers the browser's own question (Electron's main process asks in Chinese).
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => {
      // Chromium (and so Electron's will-prevent-unload) asks on preventDefault alone.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);
  if (blocker.state !== 'blocked') return null;
  return <UnsavedChangesDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />;
}
