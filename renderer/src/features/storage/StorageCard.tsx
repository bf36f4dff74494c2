import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useNotify } from '../../app/notifications';
import { getPlatform } from '../../platform/api';
import { requestStoragePersistence } from '../../platform/storage-persistence';
import { PERSISTENCE_EXPLANATION, PERSISTENCE_TEXT, STILL_REFUSED, describeStorageUse } from './storage-text';
import { useStoragePersistence, useStorageUse } from './use-storage-status';

/** 设置 → 数据存储: whether the browser may delete the ledger, how much it holds, and asking again. */
export function StorageCard() {
  const notify = useNotify();
  const state = useStoragePersistence();
  const use = useStorageUse(state);
  const [asking, setAsking] = useState(false);
  const kind = getPlatform().kind;
  const atRisk = state === 'refused' || state === 'unsupported';

  const askAgain = async () => {
    setAsking(true);
    try {
      const answer = await requestStoragePersistence(kind);
      if (answer === 'granted') notify.success('浏览器已同意持久保存台账数据。');
      else notify.warning(STILL_REFUSED);
    } finally {
      setAsking(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="storage-card">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          数据存储
        </Typography>
        <Stack spacing={1.5}>
          {state === undefined ? (
            <Typography color="text.secondary">正在向浏览器查询存储情况……</Typography>
          ) : (
            <Alert severity={atRisk ? 'warning' : 'success'} data-testid="storage-persistence">
              {PERSISTENCE_TEXT[state]}
            </Alert>
          )}
          {state === undefined ? null : (
            <Typography variant="body2" color="text.secondary">
              {PERSISTENCE_EXPLANATION[state]}
            </Typography>
          )}
          {kind === 'browser' ? (
            <Typography variant="body2">
              浏览器按地址（包括端口号）分别保存数据：台账数据保存在 <b>{location.origin}</b>{' '}
              这个地址下，用别的地址或端口打开时看不到这些数据。
            </Typography>
          ) : null}
          {use === undefined || use === null ? null : (
            <Typography variant="body2" data-testid="storage-use">
              {describeStorageUse(use)}
            </Typography>
          )}
          {atRisk ? (
            <Stack direction="row" spacing={2}>
              {state === 'refused' ? (
                <Button variant="outlined" size="small" disabled={asking} onClick={() => void askAgain()}>
                  重新申请
                </Button>
              ) : null}
              <Button component={RouterLink} to="/data" variant="outlined" size="small">
                去备份到U盘
              </Button>
            </Stack>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
