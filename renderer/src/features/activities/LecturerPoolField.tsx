import { MenuItem, TextField } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { lecturersForPicker } from '../../db/repositories/lecturer-repository';
import type { Lecturer } from '../../domain/entities/lecturer';

/**
 * Links the activity to a lecturer of the 师资库, so the lecture appears in that lecturer's history.
 * A retired (deleted) lecturer stays selectable on the activities that already name them.
 */
export function LecturerPoolField({
  value,
  onChange,
}: {
  value: string;
  onChange: (lecturer: Lecturer | null) => void;
}) {
  const db = useDatabase();
  const lecturers = useLiveQuery(() => lecturersForPicker(db, value), [db, value]);
  return (
    <TextField
      select
      label="师资库讲师（可选）"
      value={lecturers === undefined ? '' : value}
      onChange={(event) => onChange(lecturers?.find((lecturer) => lecturer.id === event.target.value) ?? null)}
      helperText={lecturers?.length === 0 ? '师资库中还没有讲师，可在“师资课件”中添加' : ' '}
    >
      <MenuItem value="">不关联</MenuItem>
      {(lecturers ?? []).map((lecturer) => (
        <MenuItem key={lecturer.id} value={lecturer.id}>
          {lecturer.name}
          {lecturer.unit === undefined || lecturer.unit === '' ? '' : `（${lecturer.unit}）`}
        </MenuItem>
      ))}
    </TextField>
  );
}
