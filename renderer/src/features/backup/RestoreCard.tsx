import {
  Alert,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage, useNotify } from '../../app/notifications';
import { readActivePointer, switchActiveDatabase } from '../../db/active-database';
import { storeName } from '../../db/repositories/store-repository';
import { withRestoreLock } from '../../db/restore-lock';
import { LATEST_SCHEMA_VERSION } from '../../db/versions';
import { checkSchemaVersion, inspectBackup } from '../../io/backup/read-backup';
import type { RestoreMode, RestoreResult } from '../../io/backup/restore-backup';
import type { BackupSource } from '../../platform/api';
import { getPlatform } from '../../platform/api';
import { BACKUP_FILTERS } from './backup-file';
import type { ChosenBackup } from './RestorePreviewDialog';
import { RestorePreviewDialog } from './RestorePreviewDialog';
import { tableLabel } from '../../ui/table-labels';

/**
 * Checks a chosen file enough for the preview (its manifest, read from the end of the file); every
 * part is checked as it is restored. The file is closed again when it is refused.
 */
export async function chooseBackup(source: BackupSource): Promise<ChosenBackup> {
  try {
    const manifest = await inspectBackup(source);
    checkSchemaVersion(manifest, LATEST_SCHEMA_VERSION);
    return { name: source.name, source, manifest };
  } catch (error) {
    await source.close?.().catch(() => undefined);
    throw error;
  }
}

function RestoredDialog({ result, mode }: { result: RestoreResult; mode: RestoreMode }) {
  return (
    <Dialog open maxWidth="md" fullWidth>
      <DialogTitle>恢复完成</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>
          数据已{mode === 'merge' ? '合并' : '恢复'}并逐表核对无误。请重新载入程序以使用恢复后的数据。
        </Typography>
        {mode === 'merge' ? (
          <>
            {result.clampedFuture > 0 ? (
              <Alert severity="warning" sx={{ mb: 1 }}>
                有 {result.clampedFuture} 条记录的修改时间晚于现在（制作备份的电脑时钟可能不准），已改为现在的时间。
              </Alert>
            ) : null}
            {result.purgedKeptOut > 0 ? (
              <Alert severity="info" sx={{ mb: 1 }}>
                有 {result.purgedKeptOut} 条记录已在回收站中彻底删除，合并时没有把它们带回来。
              </Alert>
            ) : null}
            <Typography sx={{ mb: 1 }}>合并时有 {result.conflictCount} 条记录两边都改过：</Typography>
            <List dense data-testid="merge-conflicts" sx={{ maxHeight: 300, overflow: 'auto' }}>
              {result.conflicts.map((conflict) => (
                <ListItem key={`${conflict.table}/${conflict.id}`}>
                  <ListItemText
                    primary={`${tableLabel(conflict.table)} ${conflict.id}`}
                    secondary={`保留了${conflict.kept === 'backup' ? '备份中' : '本机'}的版本（备份：${conflict.backupUpdatedAt || '—'}，本机：${conflict.currentUpdatedAt || '—'}）`}
                  />
                </ListItem>
              ))}
            </List>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => window.location.reload()}>
          重新载入程序
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** `chosen` is lifted to the page so the automatic-backup list can open a backup here too. */
export function RestoreCard({
  chosen,
  setChosen,
}: {
  chosen: ChosenBackup | null;
  setChosen: (chosen: ChosenBackup | null) => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ result: RestoreResult; mode: RestoreMode } | null>(null);
  const [previous, setPrevious] = useState<string | null>(null);

  // A chosen file stays open (Electron) while its preview is shown, and is closed when it goes.
  useEffect(() => () => void chosen?.source.close?.().catch(() => undefined), [chosen]);

  useEffect(() => {
    void readActivePointer().then((pointer) =>
      setPrevious(pointer.previous !== undefined && pointer.previous !== storeName(db) ? pointer.previous : null),
    );
  }, [db]);

  const pick = async () => {
    setError(null);
    try {
      const source = await getPlatform().openBackup(BACKUP_FILTERS);
      if (source !== null) setChosen(await chooseBackup(source));
    } catch (failure) {
      setError(errorMessage(failure, '无法读取所选文件。本机数据没有任何改动。'));
    }
  };

  const undo = async () => {
    if (previous === null) return;
    try {
      await withRestoreLock(() => switchActiveDatabase(previous, storeName(db)));
      window.location.reload();
    } catch (failure) {
      notify.error(failure, '无法退回，本机数据没有任何改动。');
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          从备份恢复
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          选择 .pdbak 备份文件，先看清其中的内容，再决定全部替换或合并。恢复先写入一份新的数据库，全部核对无误后才切换；
          中途出错或关闭窗口，本机数据保持原样。
        </Typography>
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" size="large" onClick={() => void pick()}>
            选择备份文件…
          </Button>
          {previous !== null ? (
            <Button color="warning" onClick={() => void undo()}>
              退回到上次恢复前的数据
            </Button>
          ) : null}
        </Stack>
        {error !== null ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="restore-error">
            {error}
          </Alert>
        ) : null}
      </CardContent>
      {chosen !== null ? (
        <RestorePreviewDialog
          chosen={chosen}
          onClose={() => setChosen(null)}
          onRestored={(result, mode) => {
            setChosen(null);
            setDone({ result, mode });
          }}
        />
      ) : null}
      {done !== null ? <RestoredDialog result={done.result} mode={done.mode} /> : null}
    </Card>
  );
}
