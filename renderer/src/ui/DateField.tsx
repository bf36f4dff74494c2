import EventIcon from '@mui/icons-material/Event';
import { IconButton, InputAdornment, Popover, TextField } from '@mui/material';
import type { TextFieldProps } from '@mui/material';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import dayjs from 'dayjs';
import { useState } from 'react';
import { parseTypedDate } from '../domain/rules/typed-date';
import { useTypedText } from './use-typed-text';

export type DateFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  value: string;
  onChange: (value: string) => void;
  /** Latest day the calendar offers (typing a later day is left to the form's own check). */
  maxDate?: string;
};

/**
 * The one date field: typed the Chinese way (2013.5.28, 2013年5月28日, 20130528, 2013-05-28) and shown
 * as 2013-05-28 whatever the browser's locale — the native date input shows mm/dd/yyyy on an English
 * Windows — with a zh-CN calendar beside it for those who would rather click.
 */
export function DateField({ value, onChange, maxDate, onBlur, error, helperText, slotProps, ...rest }: DateFieldProps) {
  const typed = useTypedText(value, onChange, parseTypedDate);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : null;
  return (
    <>
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
        placeholder="如 2013.5.28"
        slotProps={{
          ...slotProps,
          inputLabel: { shrink: true },
          // The caller's own input attributes (an aria-label in a table cell) stay.
          htmlInput: {
            ...(typeof slotProps?.htmlInput === 'object' ? slotProps.htmlInput : {}),
            inputMode: 'numeric',
            autoComplete: 'off',
            'data-date-field': '',
          },
          input: {
            sx: { minWidth: '11.5em' },
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label="从日历选择"
                  edge="end"
                  size="small"
                  disabled={rest.disabled === true}
                  onClick={(event) => setAnchor(event.currentTarget)}
                >
                  <EventIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <DateCalendar
          value={current}
          {...(maxDate === undefined ? {} : { maxDate: dayjs(maxDate) })}
          onChange={(day: dayjs.Dayjs | null) => {
            if (day === null) return;
            typed.pick(day.format('YYYY-MM-DD'));
            setAnchor(null);
          }}
        />
      </Popover>
    </>
  );
}
