import { Button, Card, CardContent, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { logAction } from '../../db/change-log/log-action';
import { exportAllToXlsx } from '../../io/export-all';
import { getPlatform } from '../../platform/api';
import { tableLabel } from '../../ui/table-labels';

/** 导出全部数据: every table as a sheet of one Excel file, so the data is never locked in this app. */
export function ExportAllCard() {
  const db = useDatabase();
  const notify = useNotify();
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const bytes = await exportAllToXlsx(db, { full, label: tableLabel });
      const date = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      const saved = await getPlatform().saveFile(bytes, `党员教育台账全部数据-${date}.xlsx`, [
        { name: 'Excel 工作簿', extensions: ['xlsx'] },
      ]);
      if (saved === null) return;
      await logAction(
        db,
        'export',
        full
          ? `导出全部数据（含完整身份证号和手机号）到“${saved.path ?? saved.name}”`
          : `导出全部数据（身份证号、手机号已遮盖）到“${saved.path ?? saved.name}”`,
      );
      notify.success(`已导出：${saved.path ?? saved.name}`);
    } catch (error) {
      notify.error(error, '导出失败，请重试。');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          导出全部数据（Excel）
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          每类数据一张工作表，可用 Excel 或 WPS 打开，便于查阅或迁移到其他系统。身份证号和手机号默认遮盖中间部分。
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <FormControlLabel
            control={<Checkbox checked={full} onChange={(event) => setFull(event.target.checked)} />}
            label="完整导出（显示完整身份证号和手机号，将记入操作日志）"
          />
          <Button variant="outlined" disabled={busy} onClick={() => void run()}>
            {busy ? '正在导出…' : '导出全部数据'}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
