import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { todayIso } from '../../domain/entities/dates';
import { DateField } from '../../ui/DateField';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** Asks for a date (撤销, 卸任), never later than today. */
export function DateDialog({
  title,
  text,
  label,
  onSubmit,
  onClose,
}: {
  title: string;
  text: string;
  label: string;
  onSubmit: (date: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const today = todayIso();
  const [date, setDate] = useState(today);
  const changed = useFormChanged(date);
  const guard = useDiscardGuard(changed, onClose);
  const problem =
    date === ''
      ? '请选择日期'
      : !/^\d{4}-\d{2}-\d{2}$/.test(date)
        ? '请填写正确的日期（如 2013-05-28）'
        : date > today
          ? '日期不能晚于今天'
          : null;
  return (
    <Dialog open onClose={guard.close} fullWidth maxWidth="sm">
      {guard.element}
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{text}</DialogContentText>
        <DateField
          label={label}
          value={date}
          onChange={setDate}
          maxDate={today}
          error={problem !== null}
          helperText={problem ?? ' '}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button
          variant="contained"
          disabled={problem !== null}
          onClick={() => void onSubmit(date).then((done) => done && onClose())}
        >
          确定
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function SelectDialog({
  title,
  label,
  options,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  options: { value: string; label: string }[];
  onSubmit: (value: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [value, setValue] = useState('');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField select label={label} value={value} onChange={(event) => setValue(event.target.value)} sx={{ mt: 1 }}>
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={value === ''}
          onClick={() => void onSubmit(value).then((done) => done && onClose())}
        >
          确定
        </Button>
      </DialogActions>
    </Dialog>
  );
}
