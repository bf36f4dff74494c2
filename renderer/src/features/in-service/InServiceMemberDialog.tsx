import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addInServiceMember, updateInServiceMember } from '../../db/repositories/in-service-repository';
import { todayIso } from '../../domain/entities/dates';
import type { InServiceMember } from '../../domain/entities/in-service';
import { inServiceMemberSchema } from '../../domain/entities/in-service';
import type { NewRecord } from '../../domain/entities/record';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

const FIELDS = [
  ['name', '姓名'],
  ['phone', '联系电话'],
  ['workUnit', '工作单位'],
  ['workUnitPartyOrg', '所在党组织'],
  ['neighbourhood', '居住小区/网格'],
  ['skills', '特长'],
] as const;
type TextKey = (typeof FIELDS)[number][0];

function splitPosts(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((post) => post.trim())
    .filter((post) => post !== '');
}

/** Registers an in-service member who reported to the community, or edits one. */
export function InServiceMemberDialog({
  existing,
  onClose,
}: {
  existing?: InServiceMember;
  onClose: (saved: InServiceMember | null) => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [text, setText] = useState<Record<TextKey, string>>({
    name: existing?.name ?? '',
    phone: existing?.phone ?? '',
    workUnit: existing?.workUnit ?? '',
    workUnitPartyOrg: existing?.workUnitPartyOrg ?? '',
    neighbourhood: existing?.neighbourhood ?? '',
    skills: existing?.skills ?? '',
  });
  const [reportDate, setReportDate] = useState(existing?.reportDate ?? todayIso());
  const [posts, setPosts] = useState(existing?.servicePosts.join('、') ?? '');
  const changed = useFormChanged({ text, reportDate, posts });
  const guard = useDiscardGuard(changed, () => onClose(null));
  const input: NewRecord<InServiceMember> = {
    name: text.name,
    workUnit: text.workUnit,
    workUnitPartyOrg: text.workUnitPartyOrg,
    reportDate,
    servicePosts: splitPosts(posts),
    ...(text.phone.trim() === '' ? {} : { phone: text.phone }),
    ...(text.neighbourhood.trim() === '' ? {} : { neighbourhood: text.neighbourhood }),
    ...(text.skills.trim() === '' ? {} : { skills: text.skills }),
  };
  const check = inServiceMemberSchema.safeParse({ ...input, id: crypto.randomUUID(), createdAt: '', updatedAt: '' });
  const errorOf = (key: string) =>
    check.success ? undefined : check.error.issues.find((issue) => issue.path[0] === key)?.message;
  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>{existing === undefined ? '登记在职党员报到' : `修改 ${existing.name}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {FIELDS.map(([key, label]) => {
            const error = text[key] === '' ? undefined : errorOf(key);
            return (
              <TextField
                key={key}
                label={label}
                value={text[key]}
                onChange={(e) => setText((t) => ({ ...t, [key]: e.target.value }))}
                error={error !== undefined}
                {...(error === undefined ? {} : { helperText: error })}
              />
            );
          })}
          <DateField label="报到日期" value={reportDate} onChange={setReportDate} />
          <TextField label="认领的服务岗位（用顿号分隔）" value={posts} onChange={(e) => setPosts(e.target.value)} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button
          variant="contained"
          disabled={!check.success}
          onClick={() => {
            const saving =
              existing === undefined ? addInServiceMember(db, input) : updateInServiceMember(db, existing.id, input);
            saving.then(
              (saved) => {
                notify.success(`已保存 ${saved.name}`);
                onClose(saved);
              },
              (error: unknown) => notify.error(error),
            );
          }}
        >
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
