import { MenuItem, TextField } from '@mui/material';

/** This year and the nine before it: looking back over an archive (DESIGN.md plans for ten years). */
export function pastYears(current: number): number[] {
  return Array.from({ length: 10 }, (_, i) => current - i);
}

/** Years around this one: past years to look back, coming years to plan ahead. */
export function yearsAround(current: number): number[] {
  return Array.from({ length: 6 }, (_, index) => current - 3 + index);
}

/** The one year picker: labelled 年度, each year written “2026年”. */
export function YearPicker({
  value,
  onChange,
  years,
  width = 140,
  size,
  disabled,
}: {
  value: number;
  onChange: (year: number) => void;
  years: readonly number[];
  width?: number;
  size?: 'small' | 'medium';
  disabled?: boolean;
}) {
  return (
    <TextField
      select
      label="年度"
      value={String(value)}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ width }}
      {...(size === undefined ? {} : { size })}
      {...(disabled === undefined ? {} : { disabled })}
    >
      {years.map((year) => (
        <MenuItem key={year} value={String(year)}>{`${year}年`}</MenuItem>
      ))}
    </TextField>
  );
}
