import { TextField } from '@mui/material';
import type { TextFieldProps } from '@mui/material';
import { parseTypedMonth } from '../domain/rules/typed-date';
import { useTypedText } from './use-typed-text';

export type MonthFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A month typed as 2024.5, 2024年5月 or 202405 and shown as 2024-05 whatever the browser's locale. */
export function MonthField({ value, onChange, onBlur, error, helperText, slotProps, ...rest }: MonthFieldProps) {
  const typed = useTypedText(value, onChange, parseTypedMonth);
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
      placeholder="如 2024.5"
      slotProps={{ ...slotProps, inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off' } }}
    />
  );
}
