import { Alert, AlertTitle, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { emptyStoreMessage } from '../../platform/origin-list';
import { useEmptyStoreNotice } from './use-storage-status';

/** 概览, browser mode, empty store: names this address and where this browser saw the ledger before. */
export function EmptyStoreNoticeCard() {
  const db = useDatabase();
  const notice = useEmptyStoreNotice(db);
  if (notice === undefined || notice === null) return null;
  const serious = notice.elsewhere.length > 0 || notice.lostHere !== null;
  return (
    <Alert
      severity={serious ? 'warning' : 'info'}
      data-testid="empty-store-notice"
      action={
        serious ? (
          <Button component={RouterLink} to="/data" color="inherit" size="small">
            恢复备份
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{serious ? '这个地址下没有台账数据' : '提示：数据按地址分别保存'}</AlertTitle>
      {emptyStoreMessage(notice)}
    </Alert>
  );
}
