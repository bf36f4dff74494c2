import {
  Alert,
  Button,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notifications';
import type { AutoBackupEntry } from '../../platform/api';
import { getPlatform } from '../../platform/api';
import { chooseBackup } from './RestoreCard';
import type { ChosenBackup } from './RestorePreviewDialog';
import { formatStamp } from '../../domain/entities/dates';

const REASONS: Record<AutoBackupEntry['reason'], string> = {
  daily: '每日自动',
  exit: '退出时',
  'before-restore': '恢复前',
};

/** The automatic backups in the data folder, each with a restore button (Electron); a reminder in a browser. */
export function AutoBackupCard({ onRestore }: { onRestore: (chosen: ChosenBackup) => void }) {
  const notify = useNotify();
  const store = getPlatform().autoBackups;
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null);
  useEffect(() => {
    if (store === null) return;
    store.list().then(setEntries, (error: unknown) => notify.error(error));
  }, [store, notify]);

  const restore = async (name: string) => {
    if (store === null) return;
    try {
      onRestore(await chooseBackup(await store.open(name)));
    } catch (error) {
      notify.error(error, '无法读取这份自动备份。本机数据没有任何改动。');
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          自动备份
        </Typography>
        {store === null ? (
          <Alert severity="info">
            浏览器模式下程序无法自动把备份存到电脑的文件夹里，请定期点击上方“立即备份…”下载备份文件，并复制到 U 盘。
          </Alert>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              程序每天和每次退出时自动备份到数据文件夹的 backups 子文件夹，保留最近 7 天各一份和最近 4 周各一份。
              自动备份和数据在同一台电脑上，电脑损坏时会一起丢失，所以仍须定期备份到 U 盘。
            </Typography>
            {entries !== null && entries.length === 0 ? <Typography>还没有自动备份。</Typography> : null}
            {entries !== null && entries.length > 0 ? (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>时间</TableCell>
                    <TableCell>类型</TableCell>
                    <TableCell align="right">大小</TableCell>
                    <TableCell align="right">操作</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {entries.map((entry) => (
                    <TableRow key={entry.name}>
                      <TableCell>{formatStamp(entry.createdAt)}</TableCell>
                      <TableCell>{REASONS[entry.reason]}</TableCell>
                      <TableCell align="right">{(entry.size / 1024 / 1024).toFixed(1)} MB</TableCell>
                      <TableCell align="right">
                        <Button size="small" onClick={() => void restore(entry.name)}>
                          从这份恢复…
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}
