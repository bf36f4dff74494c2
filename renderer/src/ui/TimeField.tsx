import { TextField } from '@mui/material';
import type { TextFieldProps } from '@mui/material';
import { parseTypedTime } from '../domain/rules/typed-date';
import { useTypedText } from './use-typed-text';

export type TimeFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A clock time in 24-hour form (typed 14:30, 1430, 14点30分 or 下午2点30), never the locale's 2:30 PM. */
export function TimeField({ value, onChange, onBlur, error, helperText, slotProps, ...rest }: TimeFieldProps) {
  const typed = useTypedText(value, onChange, parseTypedTime);
  return (
    <TextField
      {...rest}
      value={typed.text}
      onChange={(event) => typed.change(event.target.value)}
      onBlur={(event) => {
        typed.blur();
        onBlur?.(event);
      }}
      error={typed.problem !== null || error === true}
      helperText={typed.problem ?? helperText}
      placeholder="如 14:30"
      slotProps={{ ...slotProps, inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off' } }}
    />
  );
}
