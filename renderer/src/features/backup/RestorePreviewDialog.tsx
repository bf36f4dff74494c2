import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage } from '../../app/notifications';
import { tableCounts } from '../../db/repositories/store-repository';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import type { BackupManifest } from '../../io/backup/manifest';
import type { RestoreMode, RestoreProgress, RestoreResult } from '../../io/backup/restore-backup';
import { restoreBackup } from '../../io/backup/restore-backup';
import { withRestoreLock } from '../../db/restore-lock';
import type { BackupSource } from '../../platform/api';
import { getPlatform } from '../../platform/api';
import { getAppLock } from '../../db/repositories/safety-settings-repository';
import type { LockComparison } from '../../io/backup/backup-lock';
import { backupAppLock, compareLocks, lockComparisonText } from '../../io/backup/backup-lock';
import { openBackup } from '../../io/backup/read-backup';
import { autoBackup, VERIFYING_TEXT } from './backup-file';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { replaceQuestion, restoreContents } from './restore-contents';
import { RestoreBackupAbout } from './RestoreBackupAbout';
import { RestoreContentsTable } from './RestoreContentsTable';
import { RestoreModeChoice } from './RestoreModeChoice';
import { useBackupOrigin } from './use-backup-origin';
import type { LockChoice } from './RestoreLockChoice';
import { RestoreLockChoice } from './RestoreLockChoice';

const PHASES: Record<RestoreProgress['phase'], string> = {
  verify: '正在打开并核对备份文件',
  write: '正在写入数据并逐项核对（写入新的数据库，原数据不动）',
  upgrade: '正在升级数据格式',
  merge: '正在合并本机数据',
  switch: '正在切换到恢复后的数据',
};

export interface ChosenBackup {
  name: string;
  source: BackupSource;
  manifest: BackupManifest;
}

function useCurrentCounts(): Record<string, number> | null {
  const db = useDatabase();
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void tableCounts(db).then((counts) => live && setCounts(counts));
    return () => {
      live = false;
    };
  }, [db]);
  return counts;
}

/** The choice first, then what the file holds against what is stored now, then the restore itself. */
export function RestorePreviewDialog({
  chosen,
  onClose,
  onRestored,
}: {
  chosen: ChosenBackup;
  onClose: () => void;
  onRestored: (result: RestoreResult, mode: RestoreMode) => void;
}) {
  const db = useDatabase();
  const current = useCurrentCounts();
  const { manifest } = chosen;
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [password, setPassword] = useState('');
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [preBackup, setPreBackup] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null;
  const encrypted = manifest.encryption !== undefined;
  const contents = restoreContents(manifest.tables, current);
  const origin = useBackupOrigin(chosen);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const [lockComparison, setLockComparison] = useState<LockComparison | null>(null);
  const [lockChoice, setLockChoice] = useState<LockChoice>('keep-current');

  const compareLock = async (withPassword?: string): Promise<LockComparison> => {
    const opened = await openBackup(chosen.source, LATEST_SCHEMA_VERSION, withPassword);
    return compareLocks(await backupAppLock(opened), await getAppLock(db));
  };
  useEffect(() => {
    // An encrypted backup's lock can only be read once the password is typed (see start()).
    if (encrypted) return;
    let live = true;
    void compareLock().then(
      (comparison) => live && setLockComparison(comparison),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per chosen file
  }, [chosen]);

  const start = async () => {
    setError(null);
    setProgress({ phase: 'verify', done: 0, total: 1 });
    try {
      if (lockComparison === null) {
        const comparison = await compareLock(encrypted ? password : undefined);
        setLockComparison(comparison);
        // The question is asked before anything is written; the user starts again after answering.
        if (lockComparisonText(comparison) !== null) return;
      }
      // One window at a time restores; the others pause, then are asked to reload (refused when busy).
      const result = await withRestoreLock(async (databaseName) => {
        // The previous database is kept anyway; in Electron a file copy lands in backups/ too.
        if (mode === 'replace' && getPlatform().autoBackups !== null) {
          // Re-read and checked like every backup; a failure stops the restore before anything changes.
          setPreBackup('正在把本机当前数据备份到数据文件夹（恢复前备份）…');
          await autoBackup(db, 'before-restore', () => setPreBackup(`恢复前备份：${VERIFYING_TEXT}`));
          setPreBackup(null);
        }
        return restoreBackup(db, chosen.source, {
          mode,
          ...(encrypted ? { password } : {}),
          lock: lockChoice,
          ...(getPlatform().kind === 'electron'
            ? { writeStoredFile: (path: string, bytes: Uint8Array) => getPlatform().writeStoredFile(path, bytes) }
            : {}),
          onProgress: setProgress,
          databaseName,
        });
      });
      onRestored(result, mode);
    } catch (failure) {
      setError(errorMessage(failure, '恢复失败。本机数据没有任何改动。'));
    } finally {
      setProgress(null);
      setPreBackup(null);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth>
      <DialogTitle>从备份恢复：{chosen.name}</DialogTitle>
      <DialogContent>
        <RestoreModeChoice mode={mode} onChange={setMode} disabled={busy} />
        <RestoreBackupAbout manifest={manifest} origin={origin} />
        <RestoreContentsTable contents={contents} />
        {encrypted ? (
          <TextField
            type="password"
            label="备份密码（这份备份已加密）"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            sx={{ my: 2 }}
            disabled={busy}
          />
        ) : null}
        {lockComparison !== null ? (
          <RestoreLockChoice comparison={lockComparison} choice={lockChoice} onChange={setLockChoice} disabled={busy} />
        ) : null}
        {preBackup !== null ? (
          <Typography variant="body2" sx={{ mt: 2 }} role="status">
            {preBackup}
          </Typography>
        ) : progress !== null ? (
          <Box sx={{ mt: 2 }} role="status">
            <Typography variant="body2">
              {PHASES[progress.phase]}（{progress.done}/{progress.total}）
            </Typography>
            <LinearProgress variant="determinate" value={(progress.done / Math.max(progress.total, 1)) * 100} />
          </Box>
        ) : null}
        {error !== null ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="restore-error">
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button
          variant="contained"
          color={mode === 'replace' ? 'warning' : 'primary'}
          disabled={busy || (encrypted && password === '')}
          onClick={() => (mode === 'replace' ? setConfirmingReplace(true) : void start())}
        >
          {mode === 'replace' ? '全部替换…' : '开始合并'}
        </Button>
      </DialogActions>
      {confirmingReplace ? (
        <ConfirmDialog
          title="再确认一次：全部替换"
          message={replaceQuestion(contents)}
          confirmLabel="确定替换"
          onCancel={() => setConfirmingReplace(false)}
          onConfirm={() => {
            setConfirmingReplace(false);
            void start();
          }}
        />
      ) : null}
    </Dialog>
  );
}
