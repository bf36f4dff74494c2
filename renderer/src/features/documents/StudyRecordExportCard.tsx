import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  LinearProgress,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useEffect, useRef, useState } from 'react';
import { pastYears, YearPicker } from '../../ui/YearPicker';
import { useDatabase } from '../../app/database-context';
import { listBranches } from '../../db/repositories/org-unit-reads';
import { useNotify } from '../../app/notifications';
import type { BatchMode } from './batch-export';
import { BatchCancelled, exportStudyRecords } from './batch-export';
import { loadStudyRecordPress } from './load-documents';

export function StudyRecordExportCard() {
  const db = useDatabase();
  const notify = useNotify();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [branchId, setBranchId] = useState('all');
  const [mode, setMode] = useState<BatchMode>('files');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Lays out the sheet's template while the office reads the page (one docx build, ~100 ms, once a
  // session), so the export itself never holds the window for longer than a slice.
  useEffect(() => {
    const timer = setTimeout(() => void loadStudyRecordPress().catch(() => undefined), 500);
    return () => clearTimeout(timer);
  }, []);
  const branches = useLiveQuery(() => listBranches(db), [db]);
  const years = pastYears(thisYear);
  const scopeName = branchId === 'all' ? '全体党员' : (branches?.find((branch) => branch.id === branchId)?.name ?? '');

  const start = () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ done: 0, total: 0 });
    exportStudyRecords(
      db,
      { year, branchId, mode, signal: abort.signal, onProgress: (done, total) => setProgress({ done, total }) },
      scopeName,
    )
      .then((saved) => {
        if (saved !== null) notify.success(`已保存“${saved.name}”`);
      })
      .catch((error: unknown) => {
        if (error instanceof BatchCancelled) notify.info(error.message);
        else notify.error(error, '导出失败，请重试。');
      })
      .finally(() => {
        controller.current = null;
        setProgress(null);
      });
  };

  const running = progress !== null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          党员学习记录表（年度）
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          每名党员一张：出席（含迟到）已举行活动的日期、内容、形式、学时，合计对照年度学时目标，留学习体会和本人、支部书记签名栏。
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <YearPicker value={year} disabled={running} onChange={setYear} years={years} width={200} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField
              select
              label="党员范围"
              value={branchId}
              disabled={running}
              onChange={(event) => setBranchId(event.target.value)}
            >
              <MenuItem value="all">全体党员</MenuItem>
              {(branches ?? []).map((branch) => (
                <MenuItem key={branch.id} value={branch.id}>
                  {branch.name}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={12}>
            <FormControl disabled={running}>
              <FormLabel>保存方式</FormLabel>
              <RadioGroup value={mode} onChange={(event) => setMode(event.target.value as BatchMode)}>
                <FormControlLabel
                  value="files"
                  control={<Radio />}
                  label="每人一个文件，放在一个文件夹里（浏览器中为一个 .zip）"
                />
                <FormControlLabel value="combined" control={<Radio />} label="合并为一个文件，每人从新的一页开始" />
              </RadioGroup>
            </FormControl>
          </Grid>
        </Grid>
        {running ? (
          <Box sx={{ mt: 2 }}>
            <LinearProgress
              variant={progress.total === 0 ? 'indeterminate' : 'determinate'}
              value={progress.total === 0 ? 0 : (progress.done / progress.total) * 100}
              aria-label="导出进度"
            />
            <Box sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 2 }}>
              <Typography>
                {progress.total === 0 ? '正在准备……' : `已生成 ${progress.done} / ${progress.total} 份`}
              </Typography>
              <Button color="warning" variant="outlined" onClick={() => controller.current?.abort()}>
                取消
              </Button>
            </Box>
          </Box>
        ) : (
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" onClick={start}>
              导出学习记录表
            </Button>
          </Box>
        )}
        {branches !== undefined && branches.length === 0 ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            还没有党支部：请先在“组织架构”中建立支部并登记党员。
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
