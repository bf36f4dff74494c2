import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { Breakpoint } from '@mui/material';
import type { ReactNode } from 'react';
import { useDiscardGuard } from './use-discard-guard';

/**
 * The frame of an edit dialog: title, content, and 取消 beside one primary action (保存 by default),
 * which stays disabled while the form is not valid or a save is running. While `dirty` (something was
 * typed and not saved), 取消, Esc and a click outside ask “有未保存的修改，是否离开？” first.
 */
export function FormDialog({
  title,
  maxWidth = 'md',
  onClose,
  submitLabel = '保存',
  submitDisabled = false,
  dirty = false,
  onSubmit,
  children,
}: {
  title: ReactNode;
  maxWidth?: Breakpoint;
  onClose: () => void;
  submitLabel?: string;
  submitDisabled?: boolean;
  dirty?: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const guard = useDiscardGuard(dirty, onClose);
  return (
    <Dialog open onClose={guard.close} maxWidth={maxWidth} fullWidth>
      {guard.element}
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={submitDisabled} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
