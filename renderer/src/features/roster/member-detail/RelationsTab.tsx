import {
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../../app/database-context';
import { useNotify } from '../../../app/notifications';
import { addMemberEvent, getMember, listMemberEvents } from '../../../db/repositories/member-repository';
import { confirmationDateWarning } from '../../../domain/rules/probation';
import { todayIso } from '../../../domain/entities/dates';
import type { MemberEventType } from '../../../domain/entities/member';
import { memberEventLabels, memberEventSchema } from '../../../domain/entities/member';
import { DateField } from '../../../ui/DateField';
import { LeaveGuard } from '../../../ui/LeaveGuard';

const ENTERABLE: MemberEventType[] = [
  'confirmed',
  'transferred-in',
  'transferred-out',
  'suspended',
  'reinstated',
  'lost-contact',
  'contact-restored',
  'deceased',
  'removed',
  'probation-extended',
  'probation-cancelled',
];

const NEEDS_REASON: MemberEventType[] = ['probation-extended', 'probation-cancelled'];

/** 组织关系: the status history. A member who leaves stays on file with the event that says why. */
export function RelationsTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const events = useLiveQuery(() => listMemberEvents(db, memberId), [db, memberId]);
  const today = todayIso();
  const [type, setType] = useState<MemberEventType | ''>('');
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [months, setMonths] = useState('6');
  const member = useLiveQuery(() => getMember(db, memberId), [db, memberId]);
  const dateProblem =
    date === ''
      ? '请选择日期'
      : !/^\d{4}-\d{2}-\d{2}$/.test(date)
        ? '请填写正确的日期（如 2013-05-28）'
        : date > today
          ? '日期不能晚于今天'
          : null;
  const monthsCheck = memberEventSchema.shape.months.safeParse(months.trim() === '' ? Number.NaN : Number(months));
  const monthsProblem =
    type !== 'probation-extended'
      ? null
      : monthsCheck.success
        ? null
        : (monthsCheck.error.issues[0]?.message ?? '请检查');
  const reasonProblem = type !== '' && NEEDS_REASON.includes(type) && note.trim() === '' ? '请填写原因' : null;
  // 党章 art. 7: 转正 is the day the 预备期 (as extended) ends; another date is stored with a warning.
  const confirmWarning =
    type === 'confirmed' && member !== undefined ? confirmationDateWarning({ ...member, fullMemberDate: date }) : null;
  const blocked = type === '' || dateProblem !== null || monthsProblem !== null || reasonProblem !== null;
  if (events === undefined) return null;

  const submit = async () => {
    if (type === '' || blocked) return;
    try {
      await addMemberEvent(db, {
        memberId,
        type,
        date,
        fromOrganisation: type === 'transferred-in' && from.trim() !== '' ? from.trim() : undefined,
        toOrganisation: type === 'transferred-out' && to.trim() !== '' ? to.trim() : undefined,
        note: note.trim() === '' ? undefined : note.trim(),
        ...(type === 'probation-extended' && monthsCheck.success && monthsCheck.data !== undefined
          ? { months: monthsCheck.data }
          : {}),
      });
      notify.success(`已登记${memberEventLabels[type]}`);
      setType('');
      setFrom('');
      setTo('');
      setNote('');
    } catch (error) {
      notify.error(error);
    }
  };

  return (
    <Stack spacing={3}>
      <LeaveGuard when={from.trim() !== '' || to.trim() !== '' || note.trim() !== ''} />
      {events.length === 0 ? (
        <Typography color="text.secondary">还没有组织关系记录。</Typography>
      ) : (
        <Table size="small" aria-label="组织关系记录">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>事项</TableCell>
              <TableCell>转出/转入组织</TableCell>
              <TableCell>说明</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((event) => (
              <TableRow key={event.id}>
                <TableCell>{event.date}</TableCell>
                <TableCell>{memberEventLabels[event.type]}</TableCell>
                <TableCell>
                  {[
                    event.fromOrganisation && `自 ${event.fromOrganisation}`,
                    event.toOrganisation && `至 ${event.toOrganisation}`,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                </TableCell>
                <TableCell>{event.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          登记组织关系变动
        </Typography>
        <Stack direction="row" useFlexGap sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            select
            label="事项"
            value={type}
            onChange={(event) => setType(event.target.value as MemberEventType)}
            sx={{ minWidth: 160 }}
          >
            {ENTERABLE.map((one) => (
              <MenuItem key={one} value={one}>
                {memberEventLabels[one]}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            label="日期"
            value={date}
            onChange={setDate}
            maxDate={today}
            error={dateProblem !== null}
            helperText={dateProblem ?? ' '}
          />
          {type === 'transferred-in' && (
            <TextField label="转出组织（从哪里转来）" value={from} onChange={(event) => setFrom(event.target.value)} />
          )}
          {type === 'transferred-out' && (
            <TextField label="转入组织（转到哪里）" value={to} onChange={(event) => setTo(event.target.value)} />
          )}
          {type === 'probation-extended' && (
            <TextField
              label="延长月数"
              value={months}
              onChange={(event) => setMonths(event.target.value)}
              error={monthsProblem !== null}
              helperText={monthsProblem ?? '6 至 12 个月（党章第七条）'}
              sx={{ width: 160 }}
            />
          )}
          <TextField
            label={type !== '' && NEEDS_REASON.includes(type) ? '原因' : '说明'}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={reasonProblem !== null && note !== ''}
            helperText={reasonProblem ?? confirmWarning ?? ' '}
            sx={{ minWidth: 240 }}
          />
          <Button variant="contained" disabled={blocked} onClick={() => void submit()} sx={{ mt: 1 }}>
            登记
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}
