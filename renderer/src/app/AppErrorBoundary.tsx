import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { readActivePointer, undoLastRestore } from '../db/active-database';
import { withRestoreLock } from '../db/restore-lock';

interface State {
  error: Error | null;
  /** The store in use came from a restore and the one before it is still kept. */
  canUndoRestore: boolean;
}

/**
 * The app's last line: a page that throws shows this instead of a white screen. When the data in use
 * came from a restore, it offers 撤销恢复 — back to the data as it was before (a restored backup that
 * the app cannot show is the likeliest cause of an error right after a restore).
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, canUndoRestore: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('页面出错', error, info.componentStack);
    void readActivePointer().then(
      (pointer) =>
        this.setState({ canUndoRestore: pointer.previous !== undefined && pointer.previous !== pointer.name }),
      () => undefined,
    );
  }

  private readonly undo = async () => {
    // Refused (and nothing changed) while another window restores; the button can be pressed again.
    if (await withRestoreLock(() => undoLastRestore()).catch(() => false)) window.location.reload();
  };

  override render(): ReactNode {
    const { error, canUndoRestore } = this.state;
    if (error === null) return this.props.children;
    return (
      <Box sx={{ p: 4, maxWidth: 720, mx: 'auto', mt: 8 }}>
        <Alert severity="error" role="alert">
          <AlertTitle>程序出错了</AlertTitle>
          页面无法显示（{error.message}）。数据没有丢失，可以重新加载。
          {canUndoRestore ? '如果是刚恢复了备份之后出现的，可以撤销恢复，回到恢复前的数据。' : ''}
        </Alert>
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={() => window.location.reload()}>
            重新加载
          </Button>
          {canUndoRestore ? (
            <Button variant="contained" color="warning" onClick={() => void this.undo()}>
              撤销恢复
            </Button>
          ) : null}
        </Stack>
      </Box>
    );
  }
}
