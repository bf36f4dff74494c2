import { Alert, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import type { LockComparison } from '../../io/backup/backup-lock';
import { lockComparisonText } from '../../io/backup/backup-lock';

export type LockChoice = 'keep-current' | 'from-backup';

/** The restore preview's question when the backup's 程序锁 differs from this PC's. */
export function RestoreLockChoice({
  comparison,
  choice,
  onChange,
  disabled,
}: {
  comparison: LockComparison;
  choice: LockChoice;
  onChange: (choice: LockChoice) => void;
  disabled: boolean;
}) {
  const text = lockComparisonText(comparison);
  if (text === null) return null;
  return (
    <Alert severity="warning" sx={{ my: 1 }} data-testid="restore-lock-choice">
      <Typography>{text}恢复后使用哪一个？</Typography>
      <RadioGroup value={choice} onChange={(event) => onChange(event.target.value as LockChoice)}>
        <FormControlLabel
          value="keep-current"
          control={<Radio />}
          disabled={disabled}
          label={comparison === 'only-backup' ? '保持本机现状：不设程序密码（推荐）' : '保留本机现在的程序密码（推荐）'}
        />
        <FormControlLabel
          value="from-backup"
          control={<Radio />}
          disabled={disabled}
          label={comparison === 'only-current' ? '按备份：取消程序密码' : '改用备份中的程序密码'}
        />
      </RadioGroup>
    </Alert>
  );
}
