import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  Stack,
  TextField,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addServiceActivity } from '../../db/repositories/in-service-repository';
import { todayIso } from '../../domain/entities/dates';
import type { InServiceMember } from '../../domain/entities/in-service';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** A community service activity with in-service members as attendees: their hours go to their service records. */
export function ServiceActivityDialog({ people, onClose }: { people: InServiceMember[]; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const [date, setDate] = useState(todayIso());
  const [activity, setActivity] = useState('');
  const [hours, setHours] = useState('');
  const [confirmedBy, setConfirmedBy] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const changed = useFormChanged({ date, activity, hours, confirmedBy, chosen: [...chosen] });
  const guard = useDiscardGuard(changed, onClose);
  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>登记社区服务活动</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <DateField label="活动日期" value={date} onChange={setDate} />
          <TextField label="活动内容" value={activity} onChange={(e) => setActivity(e.target.value)} />
          <TextField label="每人时长（小时）" value={hours} onChange={(e) => setHours(e.target.value)} />
          <TextField label="确认人" value={confirmedBy} onChange={(e) => setConfirmedBy(e.target.value)} />
          <FormGroup>
            {people.map((person) => (
              <FormControlLabel
                key={person.id}
                label={`${person.name}（${person.workUnit}）`}
                control={
                  <Checkbox
                    checked={chosen.has(person.id)}
                    onChange={(e) =>
                      setChosen((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(person.id);
                        else next.delete(person.id);
                        return next;
                      })
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button
          variant="contained"
          onClick={() => {
            addServiceActivity(
              db,
              {
                date,
                activity,
                hours: hours.trim() === '' ? Number.NaN : Number(hours),
                ...(confirmedBy.trim() === '' ? {} : { confirmedBy }),
              },
              [...chosen],
              todayIso(),
            ).then(
              (records) => {
                notify.success(`已为 ${records.length} 人登记服务`);
                onClose();
              },
              (error: unknown) => notify.error(error),
            );
          }}
        >
          登记（{chosen.size} 人）
        </Button>
      </DialogActions>
    </Dialog>
  );
}
