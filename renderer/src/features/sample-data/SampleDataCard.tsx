import {
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import {
  clearSampleData,
  defaultSampleOptions,
  getSampleDataManifest,
  loadSampleData,
  SAMPLE_TABLE_LABELS,
} from '../../db/repositories/sample-data-repository';
import type { SampleCounts } from '../../db/repositories/sample-data-repository';
import { formatStamp, todayIso } from '../../domain/entities/dates';
import type { SampleTable } from '../../domain/sample-data/generate-sample-office';

function describeCounts(counts: SampleCounts): string {
  return (Object.entries(counts) as [SampleTable, number][])
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${SAMPLE_TABLE_LABELS[table]} ${count}`)
    .join('、');
}

/** 示例数据: a demo community for trying every page, loaded into an empty store and removed exactly. */
export function SampleDataCard() {
  const db = useDatabase();
  const notify = useNotify();
  const manifest = useLiveQuery(() => getSampleDataManifest(db), [db]);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      const counts = await loadSampleData(db, defaultSampleOptions(todayIso()));
      notify.success(`示例数据已载入：${describeCounts(counts)}。`);
    } catch (error) {
      notify.error(error, '载入示例数据失败，台账未做任何改动。');
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setConfirmClear(false);
    setBusy(true);
    try {
      const counts = await clearSampleData(db);
      notify.success(`示例数据已清除：${describeCounts(counts)}。`);
    } catch (error) {
      notify.error(error, '清除示例数据失败，台账未做任何改动。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="sample-data-card">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          示例数据
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          在空白台账中载入一个虚构的“幸福社区”：约 120
          名党员（含流动党员、预备党员）、支部和党小组，以及截至今天一年的三会一课活动和考勤，便于熟悉各项功能。
          真实数据录入前请先清除示例数据；清除只删除示例数据本身。
        </Typography>
        {manifest === undefined ? null : manifest === null ? (
          <Button variant="contained" disabled={busy} onClick={() => void load()}>
            {busy ? '正在载入…' : '载入示例数据'}
          </Button>
        ) : (
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Typography>
              已于 {formatStamp(manifest.loadedAt)} 载入示例数据（党员 {manifest.ids.members?.length ?? 0} 人、活动{' '}
              {manifest.ids.activities?.length ?? 0} 次）。
            </Typography>
            <Button variant="outlined" color="warning" disabled={busy} onClick={() => setConfirmClear(true)}>
              {busy ? '正在清除…' : '清除示例数据'}
            </Button>
          </Stack>
        )}
      </CardContent>
      <Dialog open={confirmClear} onClose={() => setConfirmClear(false)}>
        <DialogTitle>清除示例数据？</DialogTitle>
        <DialogContent>
          <DialogContentText>
            将删除载入的示例组织、党员、活动和考勤记录。您自己录入的数据不受影响；若您在示例组织下录入过记录，程序会提示并停止清除。
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmClear(false)}>取消</Button>
          <Button color="warning" variant="contained" onClick={() => void clear()}>
            确认清除
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
