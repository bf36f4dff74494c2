import { Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { readActivePointer } from '../../db/active-database';
import { closeStore, storeName } from '../../db/repositories/store-repository';
import { onRestoreMessage, untilNoRestore } from '../../db/restore-lock';

type WatchState = 'idle' | 'paused' | 'restored';

/** 'restored' is final: only a reload leaves it. */
const settleTo = (next: WatchState) => (state: WatchState) => (state === 'restored' ? state : next);

/**
 * Listens for restores in the app's other windows. While one runs, this window is paused (what it
 * wrote would be lost by a merge or a replace); once the other window has switched the data, this one
 * closes its store and asks to be reloaded.
 */
export function RestoreWatch() {
  const db = useDatabase();
  const [state, setState] = useState<WatchState>('idle');

  useEffect(() => {
    let live = true;
    // Also settles when the restoring window closed or crashed without a word: its lock went with it.
    const settle = async () => {
      await untilNoRestore();
      const pointer = await readActivePointer();
      if (live) setState(settleTo(pointer.name === storeName(db) ? 'idle' : 'restored'));
    };
    const stop = onRestoreMessage((message) => {
      if (message.type === 'restored') setState('restored');
      else {
        if (message.type === 'restoring') setState(settleTo('paused'));
        void settle().catch(() => undefined);
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [db]);

  useEffect(() => {
    if (state === 'restored') closeStore(db);
    // The page under the dialog takes no keys, clicks or focus (the dialog lives outside #root).
    const root = document.getElementById('root');
    if (state === 'idle') root?.removeAttribute('inert');
    else root?.setAttribute('inert', '');
  }, [state, db]);

  if (state === 'paused') {
    return (
      <Dialog open maxWidth="sm" fullWidth>
        <DialogTitle>另一个窗口正在恢复备份</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>
            另一个窗口正在恢复备份。恢复完成之前本窗口暂停使用，以免这里修改的内容丢失。
          </Typography>
          <LinearProgress />
        </DialogContent>
      </Dialog>
    );
  }
  if (state === 'restored') {
    return (
      <Dialog open maxWidth="sm" fullWidth>
        <DialogTitle>数据已恢复</DialogTitle>
        <DialogContent>
          <Typography data-testid="restored-elsewhere">数据已在另一个窗口中恢复，请重新载入本页面。</Typography>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" size="large" onClick={() => window.location.reload()}>
            重新载入
          </Button>
        </DialogActions>
      </Dialog>
    );
  }
  return null;
}
