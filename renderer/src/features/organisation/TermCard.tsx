import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { recordElection } from '../../db/repositories/organisation-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { orgUnitSchema } from '../../domain/entities/organisation';
import { DEFAULT_TERM_YEARS, termEnd } from '../../domain/rules/term-of-office';
import { LeaveGuard } from '../../ui/LeaveGuard';

/**
 * 任期与换届: when the current term began, its length (3–5 years, default 5), and the 换届 record. An
 * election is entered after the new posts are set in the posts panel: they are kept as the elected.
 */
export function TermCard({ unit, members }: { unit: OrgUnit; members: readonly Member[] }) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const [date, setDate] = useState(unit.termStart ?? today);
  const [years, setYears] = useState(String(unit.termYears ?? DEFAULT_TERM_YEARS));
  const check = orgUnitSchema.shape.termYears.safeParse(Number(years));
  const problem =
    date === ''
      ? '请选择日期'
      : date > today
        ? '日期不能晚于今天'
        : check.success
          ? null
          : (check.error.issues[0]?.message ?? '');
  const name = new Map(members.map((member) => [member.id, member.name]));
  const save = async () => {
    if (problem !== null) return;
    try {
      await recordElection(db, unit.id, { date, termYears: Number(years) });
      notify.success('已登记换届');
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Card variant="outlined" data-testid="term-card">
      <LeaveGuard when={date !== (unit.termStart ?? today) || years !== String(unit.termYears ?? DEFAULT_TERM_YEARS)} />
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            任期与换届
          </Typography>
          <Typography data-testid="term-status">
            {unit.termStart === undefined
              ? '尚未登记任期。'
              : `本届自 ${unit.termStart} 起，任期 ${unit.termYears ?? DEFAULT_TERM_YEARS} 年，至 ${termEnd(unit.termStart, unit.termYears ?? DEFAULT_TERM_YEARS)} 届满；届满前 6 个月概览会提醒换届。`}
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <DateField label="换届（选举）日期" value={date} onChange={setDate} maxDate={today} />
            <TextField
              label="任期（年）"
              value={years}
              onChange={(event) => setYears(event.target.value)}
              helperText={problem ?? '社区党组织 5 年；其他 3 至 5 年'}
              error={problem !== null}
              sx={{ width: 180 }}
            />
            <Button variant="outlined" onClick={() => void save()} disabled={problem !== null} sx={{ mt: 1 }}>
              登记换届
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            请先在下方“职务”中登记新一届的书记、委员，再登记换届：当日在任的职务记为当选人员。
          </Typography>
          {(unit.elections ?? []).map((election) => (
            <Typography key={election.date} variant="body2">
              {election.date} 换届（任期 {election.termYears} 年）：
              {election.elected.length === 0
                ? '未登记职务'
                : election.elected.map((one) => `${name.get(one.memberId) ?? ''}（${one.title}）`).join('、')}
            </Typography>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
