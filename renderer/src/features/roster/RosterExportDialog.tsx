import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Typography,
} from '@mui/material';
import { useState } from 'react';

/**
 * Asks, before a roster export, whether the file should carry full ID numbers. Masked is the default
 * (个人信息保护法 art. 51); a full export is written to the 操作日志 by the caller.
 */
export function RosterExportDialog({
  count,
  onCancel,
  onExport,
}: {
  count: number;
  onCancel: () => void;
  onExport: (fullIdNumbers: boolean) => void;
}) {
  const [full, setFull] = useState(false);
  return (
    <Dialog open onClose={onCancel}>
      <DialogTitle>导出党员名册（{count} 人）</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          默认遮盖身份证号中间部分，适合查阅和打印。若要修改后再导入更新名册，请导出完整身份证号。
        </Typography>
        <FormControlLabel
          control={<Checkbox checked={full} onChange={(event) => setFull(event.target.checked)} />}
          label="包含完整身份证号（将记入操作日志）"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button variant="contained" onClick={() => onExport(full)}>
          导出
        </Button>
      </DialogActions>
    </Dialog>
  );
}
