import {
  Autocomplete,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { reviewPledge, setPledge } from '../../db/repositories/honour-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Pledge } from '../../domain/entities/honour';
import type { Member } from '../../domain/entities/member';
import type { HonoursYear } from './use-honours';
import { LeaveGuard } from '../../ui/LeaveGuard';

function ReviewCell({ pledge }: { pledge: Pledge }) {
  const db = useDatabase();
  const notify = useNotify();
  const [text, setText] = useState(pledge.fulfilment ?? '');
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <LeaveGuard when={text !== (pledge.fulfilment ?? '')} />
      <TextField
        size="small"
        label="践诺情况"
        value={text}
        onChange={(e) => setText(e.target.value)}
        sx={{ minWidth: 240 }}
      />
      <Button
        size="small"
        disabled={text.trim() === '' || text === (pledge.fulfilment ?? '')}
        onClick={() => {
          reviewPledge(db, pledge.id, text, todayIso()).then(
            () => notify.success('已记录践诺情况'),
            (error: unknown) => notify.error(error),
          );
        }}
      >
        保存
      </Button>
    </Stack>
  );
}

/** 承诺践诺: each member's pledge for the year, then how it was kept. */
export function PledgesTab({ year, data }: { year: number; data: HonoursYear }) {
  const db = useDatabase();
  const notify = useNotify();
  const [member, setMember] = useState<Member | null>(null);
  const [text, setText] = useState('');
  return (
    <Stack spacing={2}>
      <LeaveGuard when={text.trim() !== ''} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Autocomplete
          options={data.members}
          value={member}
          onChange={(_e, value) => setMember(value)}
          getOptionLabel={(m) => `${m.name}（${data.unitName.get(m.branchId) ?? ''}）`}
          renderInput={(params) => <TextField {...params} label="党员" />}
          sx={{ width: 220 }}
        />
        <TextField label="承诺内容" value={text} onChange={(e) => setText(e.target.value)} sx={{ minWidth: 360 }} />
        <Button
          variant="contained"
          disabled={member === null || text.trim() === ''}
          onClick={() => {
            if (member === null) return;
            setPledge(db, member.id, year, text).then(
              () => {
                notify.success(`已登记 ${member.name} 的${year}年承诺`);
                setText('');
              },
              (error: unknown) => notify.error(error),
            );
          }}
        >
          登记承诺
        </Button>
      </Stack>
      {data.pledges.length === 0 ? (
        <Typography color="text.secondary">本年度还没有承诺。</Typography>
      ) : (
        <Table size="small" aria-label="承诺践诺">
          <TableHead>
            <TableRow>
              <TableCell>姓名</TableCell>
              <TableCell>承诺内容</TableCell>
              <TableCell>践诺情况</TableCell>
              <TableCell>评议日期</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.pledges.map((pledge) => (
              <TableRow key={pledge.id}>
                <TableCell>{data.byId.get(pledge.memberId)?.name ?? '（已删除）'}</TableCell>
                <TableCell>{pledge.pledge}</TableCell>
                <TableCell>
                  <ReviewCell pledge={pledge} />
                </TableCell>
                <TableCell>{pledge.reviewedDate ?? '未评议'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
