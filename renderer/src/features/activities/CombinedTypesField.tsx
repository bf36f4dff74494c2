import { MenuItem, TextField } from '@mui/material';
import type { ActivityType } from '../../domain/entities/activity';

/**
 * 合并召开: other types the same meeting is held as (a 主题党日 with a 支部党员大会 or a 党课). The
 * meeting then counts for each type's frequency rule; its hours are credited once.
 */
export function CombinedTypesField({
  types,
  mainTypeId,
  value,
  onChange,
}: {
  types: readonly ActivityType[];
  mainTypeId: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const options = types.filter(
    (type) => type.id !== mainTypeId && (type.retiredAt === undefined || value.includes(type.id)),
  );
  const name = new Map(types.map((type) => [type.id, type.name]));
  return (
    <TextField
      select
      fullWidth
      label="同时作为（合并召开，可多选）"
      value={value.filter((id) => id !== mainTypeId)}
      onChange={(event) => {
        const next = event.target.value as unknown as string[] | string;
        onChange(typeof next === 'string' ? next.split(',') : next);
      }}
      helperText="如主题党日与支部党员大会、党课合并召开：分别计入各类活动的频次，学时只计一次"
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as string[]).map((id) => name.get(id) ?? '').join('、'),
        },
        htmlInput: { 'data-testid': 'combined-types' },
      }}
    >
      {options.map((type) => (
        <MenuItem key={type.id} value={type.id}>
          {type.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
