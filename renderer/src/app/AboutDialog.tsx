import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useAppInfo } from './use-app-info';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const info = useAppInfo();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="about-title">
      <DialogTitle id="about-title">关于 社区党员教育台账</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>版本：{info?.version ?? '—'}</Typography>
        <Typography gutterBottom>数据位置：{info?.dataFolder ?? '—'}</Typography>
        <Typography gutterBottom>运行环境：{info?.platform ?? '—'}</Typography>
        <Typography color="text.secondary">
          本程序完全离线运行，不连接任何网络；所有数据只保存在本机。请定期在“数据与备份”中备份到U盘。
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
