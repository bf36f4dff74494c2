import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { BackupProgress } from '../../io/backup/write-backup';
import type { VerifyProgress } from '../../io/backup/verify-written';
import { backupToChosenPlace, lastExternalBackup, VERIFIED_TEXT, VERIFYING_TEXT } from './backup-file';
import { tableLabel } from '../../ui/table-labels';
import { formatStamp } from '../../domain/entities/dates';

export const MIN_BACKUP_PASSWORD = 6;

/** 备份到 U 盘: one file with everything, optionally encrypted with a password. */
export function BackupCard({ startSignal }: { startSignal: unknown }) {
  const db = useDatabase();
  const notify = useNotify();
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [verifying, setVerifying] = useState<VerifyProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState(() => lastExternalBackup());
  const passwordProblem = !encrypt
    ? null
    : password.length < MIN_BACKUP_PASSWORD
      ? `密码至少 ${MIN_BACKUP_PASSWORD} 位`
      : password !== confirm
        ? '两次输入的密码不一致'
        : null;

  const run = async () => {
    setBusy(true);
    try {
      const saved = await backupToChosenPlace(db, encrypt ? password : undefined, setProgress, setVerifying);
      if (saved !== null) {
        notify.success(`${VERIFIED_TEXT}：${saved.path ?? saved.name}`);
        setLast(lastExternalBackup());
      }
    } catch (error) {
      notify.error(error, '备份失败，请重试。本机数据没有任何改动。');
    } finally {
      setBusy(false);
      setProgress(null);
      setVerifying(null);
    }
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const lastSignal = useRef(startSignal);
  useEffect(() => {
    // The 文件 → 备份数据 menu command starts a backup at once (unencrypted unless chosen here).
    if (startSignal !== undefined && startSignal !== lastSignal.current) void runRef.current();
    lastSignal.current = startSignal;
  }, [startSignal]);

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          备份到 U 盘或其他位置
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          把全部数据（含附件和操作日志）保存为一个 .pdbak 文件。建议每月至少备份一次到 U 盘，并把 U 盘妥善保管。
        </Typography>
        <Alert severity={last === null ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="last-backup">
          {last === null ? '本机还没有备份到外部位置的记录。' : `上次备份到外部位置：${formatStamp(last)}`}
        </Alert>
        <FormControlLabel
          control={<Checkbox checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} />}
          label="用密码加密备份（U 盘丢失时他人无法读取；忘记密码将无法恢复）"
        />
        {encrypt ? (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ my: 1 }}>
            <TextField
              type="password"
              label="备份密码"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={passwordProblem !== null && password !== ''}
              helperText={password === '' ? `至少 ${MIN_BACKUP_PASSWORD} 位` : (passwordProblem ?? ' ')}
            />
            <TextField
              type="password"
              label="再次输入密码"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
            />
          </Stack>
        ) : null}
        <Box sx={{ mt: 1 }}>
          <Button
            variant="contained"
            size="large"
            disabled={busy || passwordProblem !== null}
            onClick={() => void run()}
          >
            立即备份…
          </Button>
        </Box>
        {verifying !== null ? (
          <Box sx={{ mt: 2 }} role="status" data-testid="backup-verifying">
            <Typography variant="body2">
              {VERIFYING_TEXT}（重新读取写好的文件，逐个核对 {verifying.partsDone} / {verifying.partsTotal} 部分）
            </Typography>
            <LinearProgress
              variant="determinate"
              value={verifying.partsTotal === 0 ? 100 : (verifying.partsDone / verifying.partsTotal) * 100}
            />
          </Box>
        ) : progress !== null ? (
          <Box sx={{ mt: 2 }} role="status">
            <Typography variant="body2">
              正在备份：{tableLabel(progress.table)} {progress.rowsDone} / {progress.rowsTotal}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={progress.rowsTotal === 0 ? 100 : (progress.rowsDone / progress.rowsTotal) * 100}
            />
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
