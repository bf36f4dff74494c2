import { MenuItem, TextField } from '@mui/material';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

/**
 * A list filter: a compact select whose first choice, 全部, clears it. Filters sit side by side in a
 * row, so unlike the theme's form fields they are never full width.
 */
export function FilterSelect<V extends string>({
  label,
  value,
  options,
  onChange,
  minWidth = 140,
  size,
}: {
  label: string;
  value: V | '';
  options: readonly FilterOption<V>[];
  onChange: (value: V | '') => void;
  minWidth?: number;
  size?: 'small' | 'medium';
}) {
  return (
    <TextField
      select
      fullWidth={false}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V | '')}
      sx={{ minWidth }}
      {...(size === undefined ? {} : { size })}
    >
      <MenuItem value="">全部</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
