import { Alert, Button, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { DateField } from '../../../ui/DateField';
import { useLiveQuery } from '../../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../../app/database-context';
import { useNotify } from '../../../app/notifications';
import { getMember, setMemberExemptions } from '../../../db/repositories/member-repository';
import { todayIso } from '../../../domain/entities/dates';
import type { Member } from '../../../domain/entities/member';
import { abroadStudySchema, homeStudyReasons, homeStudySchema } from '../../../domain/entities/member';
import { LeaveGuard } from '../../../ui/LeaveGuard';
import { useFormChanged } from '../../../ui/use-form-changed';

interface Form {
  home: boolean;
  reason: string;
  since: string;
  note: string;
  abroad: boolean;
  from: string;
  until: string;
  place: string;
}

function toForm(member: Member, today: string): Form {
  return {
    home: member.homeStudy !== undefined,
    reason: member.homeStudy?.reason ?? '年老体弱',
    since: member.homeStudy?.since ?? today,
    note: member.homeStudy?.note ?? '',
    abroad: member.abroad !== undefined,
    from: member.abroad?.from ?? today,
    until: member.abroad?.until ?? '',
    place: member.abroad?.place ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * 送学上门对象 (党员教育管理工作条例 art. 23) and 出国（境）学习研究 (art. 34): flagged members are not
 * measured against the hour target nor warned about as lapsing; the 送学上门 visits go in the 学习档案.
 */
function ExemptionForm({ member }: { member: Member }) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const [form, setForm] = useState<Form>(() => toForm(member, today));
  const changed = useFormChanged(form);
  const home = homeStudySchema.safeParse({ reason: form.reason, since: form.since, note: optional(form.note) });
  const abroad = abroadStudySchema.safeParse({
    from: form.from,
    until: optional(form.until),
    place: optional(form.place),
  });
  const homeProblem = !form.home ? null : home.success ? null : (home.error.issues[0]?.message ?? '请检查');
  const abroadProblem = !form.abroad ? null : abroad.success ? null : (abroad.error.issues[0]?.message ?? '请检查');
  const setValue = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setValue(key)(event.target.value);
  const save = async () => {
    if (homeProblem !== null || abroadProblem !== null) return;
    try {
      await setMemberExemptions(db, member.id, {
        ...(form.home && home.success ? { homeStudy: home.data } : {}),
        ...(form.abroad && abroad.success ? { abroad: abroad.data } : {}),
      });
      notify.success('已保存');
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }} data-testid="exemption-form">
      <LeaveGuard when={changed} />
      <Typography color="text.secondary">
        年老体弱、行动不便、身患重病或失能的党员，参加组织生活和学习不作硬性要求，由支部送学上门（《党员教育管理工作条例》第二十三条）；
        出国（境）学习研究的党员按有关规定管理（第三十四条）。标记后，该党员不计学时目标，不列入“未参加组织生活”提醒，
        在概览中单独列为“送学上门对象”。每次送学上门请在“学习档案”中添加一条“送学上门”记录。
      </Typography>
      <FormControlLabel
        control={<Switch checked={form.home} onChange={(e) => setForm((f) => ({ ...f, home: e.target.checked }))} />}
        label="送学上门对象（年老体弱、行动不便、身患重病）"
      />
      {form.home ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField select label="情形" value={form.reason} onChange={set('reason')} sx={{ width: 160 }}>
            {homeStudyReasons.map((reason) => (
              <MenuItem key={reason} value={reason}>
                {reason}
              </MenuItem>
            ))}
          </TextField>
          <DateField label="认定日期" value={form.since} onChange={setValue('since')} maxDate={today} />
          <TextField label="说明" value={form.note} onChange={set('note')} sx={{ flex: 1, minWidth: 200 }} />
        </Stack>
      ) : null}
      {homeProblem !== null ? <Alert severity="error">{homeProblem}</Alert> : null}
      <FormControlLabel
        control={
          <Switch checked={form.abroad} onChange={(e) => setForm((f) => ({ ...f, abroad: e.target.checked }))} />
        }
        label="出国（境）学习研究"
      />
      {form.abroad ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <DateField label="出国（境）日期" value={form.from} onChange={setValue('from')} />
          <DateField label="回国（境）日期" value={form.until} onChange={setValue('until')} />
          <TextField label="去向" value={form.place} onChange={set('place')} />
        </Stack>
      ) : null}
      {abroadProblem !== null ? <Alert severity="error">{abroadProblem}</Alert> : null}
      <div>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={homeProblem !== null || abroadProblem !== null}
        >
          保存
        </Button>
      </div>
    </Stack>
  );
}

export function ExemptionTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const member = useLiveQuery(() => getMember(db, memberId), [db, memberId]);
  if (member === undefined) return null;
  return <ExemptionForm key={member.updatedAt} member={member} />;
}
