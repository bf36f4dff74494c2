import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { AutoBackupCard } from './AutoBackupCard';
import { BackupCard } from './BackupCard';
import { ChangeLogView } from './ChangeLogView';
import { ExportAllCard } from './ExportAllCard';
import { IntegrityCheck } from './IntegrityCheck';
import { RecycleBin } from '../../ui/RecycleBin';
import { RestoreCard } from './RestoreCard';
import type { ChosenBackup } from './RestorePreviewDialog';

const TABS = ['备份与恢复', '回收站', '操作日志', '数据检查'] as const;

/** 数据与备份: the office's safety net, in one place. */
export default function DataPage() {
  const location = useLocation();
  const [tab, setTab] = useState(0);
  const [chosen, setChosen] = useState<ChosenBackup | null>(null);
  // The 文件 → 备份数据… menu command arrives as navigation state.
  const backupSignal = (location.state as { backupNow?: number } | null)?.backupNow;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        数据与备份
      </Typography>
      <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} aria-label="数据与备份">
        {TABS.map((label) => (
          <Tab key={label} label={label} />
        ))}
      </Tabs>
      <Box hidden={tab !== 0}>
        <Stack spacing={3}>
          <BackupCard startSignal={backupSignal} />
          <RestoreCard chosen={chosen} setChosen={setChosen} />
          <AutoBackupCard onRestore={setChosen} />
          <ExportAllCard />
        </Stack>
      </Box>
      {tab === 1 ? <RecycleBin /> : null}
      {tab === 2 ? <ChangeLogView /> : null}
      {tab === 3 ? <IntegrityCheck /> : null}
    </Stack>
  );
}
