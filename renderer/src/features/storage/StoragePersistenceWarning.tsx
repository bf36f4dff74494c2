import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useStoragePersistence } from './use-storage-status';

const WARNING =
  '浏览器未同意“持久保存”：磁盘空间不足或清除浏览数据时，浏览器可能删除这里的全部台账数据。' +
  '请定期备份到U盘，或使用安装版。';

/** 概览 card, browser mode only: the browser has not agreed to keep the ledger, so it may delete it. */
export function StoragePersistenceWarning() {
  const state = useStoragePersistence();
  if (state !== 'refused' && state !== 'unsupported') return null;
  return (
    <Alert
      severity="warning"
      variant="outlined"
      data-testid="storage-persistence-warning"
      action={
        <Stack spacing={1}>
          <Button component={RouterLink} to="/data" color="inherit" size="small">
            去备份
          </Button>
          <Button component={RouterLink} to="/settings" color="inherit" size="small">
            详情
          </Button>
        </Stack>
      }
    >
      <AlertTitle>浏览器可能删除台账数据</AlertTitle>
      {WARNING}
    </Alert>
  );
}
