import { Button, Stack, TextField } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addServiceRecord } from '../../db/repositories/in-service-repository';
import { todayIso } from '../../domain/entities/dates';
import type { InServiceMember } from '../../domain/entities/in-service';
import { serviceRecordSchema } from '../../domain/entities/in-service';
import { serviceRecordProblem } from '../../domain/rules/service-hours';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** One service: date, what, hours, who confirmed. Before the report date or in the future it is refused. */
export function ServiceRecordForm({ person }: { person: InServiceMember }) {
  const db = useDatabase();
  const notify = useNotify();
  const [date, setDate] = useState(todayIso());
  const [activity, setActivity] = useState('');
  const [hours, setHours] = useState('');
  const [confirmedBy, setConfirmedBy] = useState('');
  const input = {
    personId: person.id,
    date,
    activity,
    hours: hours.trim() === '' ? Number.NaN : Number(hours),
    ...(confirmedBy.trim() === '' ? {} : { confirmedBy }),
  };
  const check = serviceRecordSchema.safeParse({ ...input, id: crypto.randomUUID(), createdAt: '', updatedAt: '' });
  const dateProblem = serviceRecordProblem(person, date, todayIso());
  const hoursError =
    hours === '' || check.success ? undefined : check.error.issues.find((i) => i.path[0] === 'hours')?.message;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <LeaveGuard when={activity.trim() !== ''} />
      <DateField
        label="服务日期"
        value={date}
        onChange={setDate}
        error={dateProblem !== null}
        {...(dateProblem === null ? {} : { helperText: dateProblem })}
      />
      <TextField
        label="服务内容"
        value={activity}
        onChange={(e) => setActivity(e.target.value)}
        sx={{ minWidth: 260 }}
      />
      <TextField
        label="时长（小时）"
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        sx={{ width: 140 }}
        error={hoursError !== undefined}
        {...(hoursError === undefined ? {} : { helperText: hoursError })}
      />
      <TextField
        label="确认人"
        value={confirmedBy}
        onChange={(e) => setConfirmedBy(e.target.value)}
        sx={{ width: 140 }}
      />
      <Button
        variant="outlined"
        sx={{ mt: 1 }}
        onClick={() => {
          addServiceRecord(db, input, todayIso()).then(
            () => {
              setActivity('');
              setHours('');
              notify.success('已登记服务记录');
            },
            (error: unknown) => notify.error(error),
          );
        }}
      >
        登记服务
      </Button>
    </Stack>
  );
}
