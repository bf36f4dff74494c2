import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addCareVisit } from '../../db/repositories/care-repository';
import type { CareVisit } from '../../domain/entities/care';
import { careFundSources } from '../../domain/entities/care';
import { todayIso } from '../../domain/entities/dates';
import type { NewRecord } from '../../domain/entities/record';
import { parseYuanToFen } from '../../domain/rules/money';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** A visit: date, who went, what was given, the money (元 typed, fen stored) and its source, signed or not. */
export function VisitDialog({
  memberId,
  name,
  roundId,
  onClose,
}: {
  memberId: string;
  name: string;
  roundId?: string;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [date, setDate] = useState(todayIso());
  const [visitors, setVisitors] = useState('');
  const [gifts, setGifts] = useState('');
  const [amount, setAmount] = useState('0');
  const [source, setSource] = useState<(typeof careFundSources)[number]>('党费');
  const [signed, setSigned] = useState(false);
  const changed = useFormChanged({ date, visitors, gifts, amount, source, signed });
  const guard = useDiscardGuard(changed, onClose);
  const fen = parseYuanToFen(amount);
  const save = () => {
    if (!fen.ok) return;
    const input: NewRecord<CareVisit> = {
      memberId,
      date,
      visitors,
      amountFen: fen.fen,
      source,
      signed,
      ...(roundId === undefined ? {} : { roundId }),
      ...(gifts.trim() === '' ? {} : { gifts }),
    };
    addCareVisit(db, input, todayIso()).then(
      () => {
        notify.success(`已登记对${name}的走访`);
        onClose();
      },
      (error: unknown) => notify.error(error),
    );
  };
  return (
    <Dialog open onClose={guard.close} maxWidth="xs" fullWidth>
      {guard.element}
      <DialogTitle>走访慰问 {name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <DateField label="走访日期" value={date} onChange={setDate} />
          <TextField label="走访人" value={visitors} onChange={(e) => setVisitors(e.target.value)} />
          <TextField label="慰问品" value={gifts} onChange={(e) => setGifts(e.target.value)} />
          <TextField
            label="慰问金（元）"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={!fen.ok}
            {...(fen.ok ? {} : { helperText: fen.message })}
          />
          <TextField
            select
            label="资金来源"
            value={source}
            onChange={(e) => setSource(e.target.value as (typeof careFundSources)[number])}
          >
            {careFundSources.map((s) => (
              <MenuItem key={s} value={s}>
                {s}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            label="已签收"
            control={<Checkbox checked={signed} onChange={(e) => setSigned(e.target.checked)} />}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={!fen.ok || visitors.trim() === ''} onClick={save}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
