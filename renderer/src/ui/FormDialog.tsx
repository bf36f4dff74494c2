import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { Breakpoint } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The frame of an edit dialog: title, content, and 取消 beside one primary action (保存 by default),
 * which stays disabled while the form is not valid or a save is running.
 */
export function FormDialog({
  title,
  maxWidth = 'md',
  onClose,
  submitLabel = '保存',
  submitDisabled = false,
  onSubmit,
  children,
}: {
  title: ReactNode;
  maxWidth?: Breakpoint;
  onClose: () => void;
  submitLabel?: string;
  submitDisabled?: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={submitDisabled} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
