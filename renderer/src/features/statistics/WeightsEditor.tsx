import { Button, Stack, TextField, Typography } from '@mui/material';
import type { CheckWeights } from '../../domain/entities/archive-settings';
import { DEFAULT_CHECK_WEIGHTS } from '../../domain/entities/archive-settings';

const FIELDS: { key: keyof CheckWeights; label: string }[] = [
  { key: 'hours', label: '学时达标率权重' },
  { key: 'attendance', label: '出勤率权重' },
  { key: 'meetings', label: '三会一课完成率权重' },
];

/** The ranking's weighting, editable for this view; the default (settings) is shown beside it. */
export function WeightsEditor({
  weights,
  saved,
  onChange,
}: {
  weights: CheckWeights;
  saved: CheckWeights;
  onChange: (weights: CheckWeights) => void;
}) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          value={String(weights[field.key])}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isFinite(value) && value >= 0 && value <= 100) onChange({ ...weights, [field.key]: value });
          }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 180 }}
          helperText={`设置中为 ${saved[field.key]}，系统默认 ${DEFAULT_CHECK_WEIGHTS[field.key]}`}
        />
      ))}
      <Button onClick={() => onChange(saved)}>恢复设置中的权重</Button>
      <Typography variant="body2" color="text.secondary">
        得分 =（各项比率 × 权重）之和 ÷ 权重之和 × 100
      </Typography>
    </Stack>
  );
}
