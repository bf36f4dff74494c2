import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { lastExternalBackup } from './backup-file';

const REMIND_AFTER_DAYS = 30;

/** 概览 line: the last backup to a USB stick (or anywhere the user picked) is over 30 days old, or never. */
export function BackupReminder() {
  const [days] = useState(() => {
    const last = lastExternalBackup();
    return last === null ? null : Math.floor((Date.now() - last.getTime()) / 86_400_000);
  });
  if (days !== null && days < REMIND_AFTER_DAYS) return null;
  return (
    <Alert
      severity="warning"
      data-testid="backup-reminder"
      action={
        <Button component={RouterLink} to="/data" color="inherit" size="small">
          去备份
        </Button>
      }
    >
      {days === null
        ? '还没有把数据备份到 U 盘。台账数据只存在这台电脑上，请尽快备份。'
        : `距上次备份到 U 盘已有 ${days} 天，请及时备份。`}
    </Alert>
  );
}
