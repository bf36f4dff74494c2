import { Autocomplete, TextField } from '@mui/material';
import type { Member } from '../../domain/entities/member';

export interface PersonValue {
  name: string;
  memberId?: string | undefined;
}

/** A name typed freely (an outside lecturer) or picked from the members (then linked by id). */
export function PersonField({
  label,
  value,
  members,
  onChange,
}: {
  label: string;
  value: PersonValue;
  members: readonly Member[];
  onChange: (value: PersonValue) => void;
}) {
  return (
    <Autocomplete<Member, false, false, true>
      freeSolo
      options={members}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.name)}
      filterOptions={(options, state) => {
        const query = state.inputValue.trim().toLowerCase();
        if (query === '') return options.slice(0, 30);
        return options
          .filter((m) => m.name.includes(query) || m.namePinyin.startsWith(query) || m.nameInitials.startsWith(query))
          .slice(0, 30);
      }}
      inputValue={value.name}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input' || reason === 'clear') onChange({ name: text });
      }}
      onChange={(_event, option) => {
        if (option === null) onChange({ name: '' });
        else if (typeof option === 'string') onChange({ name: option });
        else onChange({ name: option.name, memberId: option.id });
      }}
      renderOption={(props, option) => (
        <li {...props} key={option.id}>
          {option.name}
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}
