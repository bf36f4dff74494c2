import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/**
 * The forms with unsaved edits on the page now. A router heeds only its latest blocker, so every guard's
 * blocker asks this shared set: a page with several forms (a card each) asks while any of them holds edits.
 */
const unsavedForms = new Set<symbol>();

/**
 * Put on a page with a form: while `when` holds, going to another page asks first, and closing the
 * window or reloading triggers the browser's own question (Electron's main process asks in Chinese).
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const [form] = useState(() => Symbol('form'));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (when || unsavedForms.size > 0) && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    unsavedForms.add(form);
    const ask = (event: BeforeUnloadEvent) => {
      // Chromium (and so Electron's will-prevent-unload) asks on preventDefault alone.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      unsavedForms.delete(form);
      window.removeEventListener('beforeunload', ask);
    };
  }, [when, form]);
  if (blocker.state !== 'blocked') return null;
  return <UnsavedChangesDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />;
}
