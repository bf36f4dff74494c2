import { Autocomplete, Button, MenuItem, Stack, TextField } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addHonour } from '../../db/repositories/honour-repository';
import { todayIso } from '../../domain/entities/dates';
import type { HonourKind } from '../../domain/entities/honour';
import { honourKindLabels, honourKinds, honourLevels } from '../../domain/entities/honour';
import type { Member } from '../../domain/entities/member';
import type { HonoursYear } from './use-honours';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** Records an honour (优秀共产党员 …) or a 党员示范岗 for a member. */
export function HonourForm({ data }: { data: HonoursYear }) {
  const db = useDatabase();
  const notify = useNotify();
  const [member, setMember] = useState<Member | null>(null);
  const [kind, setKind] = useState<HonourKind>('honour');
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<(typeof honourLevels)[number]>('街道级');
  const [date, setDate] = useState(todayIso());
  const [issuer, setIssuer] = useState('');
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <LeaveGuard when={title.trim() !== ''} />
      <Autocomplete
        options={data.members}
        value={member}
        onChange={(_e, value) => setMember(value)}
        getOptionLabel={(m) => `${m.name}（${data.unitName.get(m.branchId) ?? ''}）`}
        renderInput={(params) => <TextField {...params} label="党员" />}
        sx={{ width: 220 }}
      />
      <TextField
        select
        label="类别"
        value={kind}
        onChange={(e) => setKind(e.target.value as HonourKind)}
        sx={{ width: 130 }}
      >
        {honourKinds.map((k) => (
          <MenuItem key={k} value={k}>
            {honourKindLabels[k]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={kind === 'honour' ? '荣誉名称' : '示范岗名称'}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        sx={{ width: 200 }}
      />
      <TextField
        select
        label="级别"
        value={level}
        onChange={(e) => setLevel(e.target.value as (typeof honourLevels)[number])}
        sx={{ width: 110 }}
      >
        {honourLevels.map((l) => (
          <MenuItem key={l} value={l}>
            {l}
          </MenuItem>
        ))}
      </TextField>
      <DateField label="日期" value={date} onChange={setDate} />
      <TextField label="授予单位" value={issuer} onChange={(e) => setIssuer(e.target.value)} sx={{ width: 180 }} />
      <Button
        variant="contained"
        disabled={member === null}
        onClick={() => {
          if (member === null) return;
          addHonour(db, {
            memberId: member.id,
            kind,
            title,
            level,
            date,
            ...(issuer.trim() === '' ? {} : { issuer }),
          }).then(
            () => {
              notify.success(`已登记 ${member.name} 的${honourKindLabels[kind]}`);
              setTitle('');
            },
            (error: unknown) => notify.error(error),
          );
        }}
      >
        登记
      </Button>
    </Stack>
  );
}
