import { MenuItem, TextField } from '@mui/material';

/** Years around this one: past years to look back, coming years to plan ahead. */
export function YearSelect({
  value,
  onChange,
  thisYear,
}: {
  value: number;
  onChange: (year: number) => void;
  thisYear: number;
}) {
  const years = Array.from({ length: 6 }, (_, index) => thisYear - 3 + index);
  return (
    <TextField
      select
      sx={{ width: 140 }}
      label="年度"
      value={String(value)}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {years.map((year) => (
        <MenuItem key={year} value={String(year)}>
          {year} 年
        </MenuItem>
      ))}
    </TextField>
  );
}
