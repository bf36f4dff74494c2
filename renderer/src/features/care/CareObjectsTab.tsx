import {
  Autocomplete,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
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
import { setCareObject } from '../../db/repositories/care-repository';
import type { CareKind } from '../../domain/entities/care';
import { careKinds } from '../../domain/entities/care';
import type { Member } from '../../domain/entities/member';
import type { CarePeople } from './use-care';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** 关怀对象: 困难党员, 老党员, 患病, 独居 … one line per member with the kinds that apply. */
export function CareObjectsTab({ people }: { people: CarePeople }) {
  const db = useDatabase();
  const notify = useNotify();
  const [member, setMember] = useState<Member | null>(null);
  const [kinds, setKinds] = useState<CareKind[]>([]);
  const [note, setNote] = useState('');
  const save = (memberId: string, next: CareKind[], text?: string) => {
    setCareObject(db, memberId, next, text).then(
      () => {
        notify.success(next.length === 0 ? '已移出关怀对象' : '已保存关怀对象');
        setMember(null);
        setKinds([]);
        setNote('');
      },
      (error: unknown) => notify.error(error),
    );
  };
  return (
    <Stack spacing={2}>
      <LeaveGuard when={note.trim() !== ''} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Autocomplete
          options={people.members}
          value={member}
          onChange={(_e, value) => setMember(value)}
          getOptionLabel={(m) => `${m.name}（${people.unitName.get(m.branchId) ?? ''}）`}
          renderInput={(params) => <TextField {...params} label="党员" />}
          sx={{ width: 260 }}
        />
        <FormGroup row>
          {careKinds.map((kind) => (
            <FormControlLabel
              key={kind}
              label={kind}
              control={
                <Checkbox
                  checked={kinds.includes(kind)}
                  onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))}
                />
              }
            />
          ))}
        </FormGroup>
        <TextField label="情况说明" value={note} onChange={(e) => setNote(e.target.value)} sx={{ width: 240 }} />
        <Button
          variant="contained"
          disabled={member === null || kinds.length === 0}
          onClick={() => member !== null && save(member.id, kinds, note)}
        >
          加入关怀对象
        </Button>
      </Stack>
      {people.objects.length === 0 ? (
        <Typography color="text.secondary">还没有关怀对象。</Typography>
      ) : (
        <Table size="small" aria-label="关怀对象">
          <TableHead>
            <TableRow>
              <TableCell>姓名</TableCell>
              <TableCell>所在支部</TableCell>
              <TableCell>类别</TableCell>
              <TableCell>情况说明</TableCell>
              <TableCell>操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {people.objects.map((object) => {
              const m = people.byId.get(object.memberId);
              return (
                <TableRow key={object.id}>
                  <TableCell>{m?.name ?? '（已删除）'}</TableCell>
                  <TableCell>{m === undefined ? '' : (people.unitName.get(m.branchId) ?? '')}</TableCell>
                  <TableCell>{object.kinds.join('、')}</TableCell>
                  <TableCell>{object.note ?? ''}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => save(object.memberId, [])}>
                      移出
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
