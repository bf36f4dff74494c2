import { TextField } from '@mui/material';
import type { TextFieldProps } from '@mui/material';
import type { TypedParse } from '../domain/rules/typed-date';
import { useTypedText } from './use-typed-text';

export type TypedFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A plain text field that reads what is typed with `parse` and shows the stored form (time, month). */
export function TypedTextField({
  parse,
  example,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  slotProps,
  ...rest
}: TypedFieldProps & { parse: (text: string) => TypedParse; example: string }) {
  const typed = useTypedText(value, onChange, parse);
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
      placeholder={`如 ${example}`}
      slotProps={{ ...slotProps, inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off' } }}
    />
  );
}
