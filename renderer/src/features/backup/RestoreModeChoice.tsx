import { Box, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import type { RestoreMode } from '../../io/backup/restore-backup';

const CHOICES: readonly { value: RestoreMode; title: string; means: string }[] = [
  {
    value: 'replace',
    title: '全部替换',
    means:
      '本机现有的全部数据换成备份中的数据，备份之后在本机新录入或修改的内容都不再显示。恢复前的数据会保留一份，可随时“退回到上次恢复前的数据”。',
  },
  {
    value: 'merge',
    title: '合并',
    means:
      '本机没有的记录从备份中补进来，本机已有的记录保留；同一条记录两边都改过时，保留较晚修改的一方，完成后列出这些记录供核对。',
  },
];

/** The first thing the restore preview asks: replace everything, or merge the backup in. */
export function RestoreModeChoice({
  mode,
  onChange,
  disabled,
}: {
  mode: RestoreMode;
  onChange: (mode: RestoreMode) => void;
  disabled: boolean;
}) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 'bold', mb: 0.5 }}>
        请先选择恢复方式
      </Typography>
      <RadioGroup value={mode} onChange={(event) => onChange(event.target.value as RestoreMode)}>
        {CHOICES.map((choice) => (
          <FormControlLabel
            key={choice.value}
            value={choice.value}
            control={<Radio />}
            disabled={disabled}
            sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            label={
              <Box>
                <Typography sx={{ fontWeight: 'bold' }}>{choice.title}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {choice.means}
                </Typography>
              </Box>
            }
          />
        ))}
      </RadioGroup>
    </Box>
  );
}
