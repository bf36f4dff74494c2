import { useState } from 'react';
import type { ReactNode } from 'react';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/**
 * For a dialog with a form: `close` asks first while there are unsaved edits (Esc, a click outside, 取消),
 * and `element` (the question) is rendered beside the dialog.
 */
export function useDiscardGuard(dirty: boolean, onClose: () => void): { close: () => void; element: ReactNode } {
  const [asking, setAsking] = useState(false);
  return {
    close: () => (dirty ? setAsking(true) : onClose()),
    element: asking ? (
      <UnsavedChangesDialog
        onStay={() => setAsking(false)}
        onLeave={() => {
          setAsking(false);
          onClose();
        }}
      />
    ) : null,
  };
}
