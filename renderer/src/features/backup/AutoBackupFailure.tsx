import { Alert, Button } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { getAutoBackupStatus, unresolvedFailure } from '../../db/repositories/auto-backup-status-repository';

/** 概览 line: the last automatic backup failed, shown until one succeeds again. */
export function AutoBackupFailure() {
  const db = useDatabase();
  const status = useLiveQuery(() => getAutoBackupStatus(db), [db]);
  const failure = status === undefined ? null : unresolvedFailure(status);
  if (failure === null) return null;
  return (
    <Alert
      severity="error"
      data-testid="auto-backup-failure"
      action={
        <Button component={RouterLink} to="/data" color="inherit" size="small">
          去备份
        </Button>
      }
    >
      自动备份失败（{new Date(failure.at).toLocaleString('zh-CN')}）：{failure.message}
      请检查磁盘空间，并尽快手动备份到 U 盘。下次自动备份成功后，这条提示会消失。
    </Alert>
  );
}
