import { Box, Button, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { getReflection, saveReflection } from '../../db/repositories/reflection-repository';
import { todayIso } from '../../domain/entities/dates';
import { LeaveGuard } from '../../ui/LeaveGuard';

function ReflectionForm({ memberId, year, saved }: { memberId: string; year: number; saved: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const [text, setText] = useState(saved);
  return (
    <Box>
      <LeaveGuard when={text !== saved} />
      <TextField
        label={`${year}年学习体会`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={4}
        helperText={`${text.length} / 5000 字`}
        error={text.length > 5000}
      />
      <Button
        sx={{ mt: 1 }}
        variant="outlined"
        disabled={text === saved || text.length > 5000}
        onClick={() => {
          saveReflection(db, memberId, year, text, todayIso()).then(
            () => notify.success('学习体会已保存'),
            (error: unknown) => notify.error(error, '保存失败，请重试；已填写的内容仍在框中。'),
          );
        }}
      >
        保存学习体会
      </Button>
    </Box>
  );
}

/** 学习体会: the member's own words on the year's study, one per year. */
export function ReflectionBox({ memberId, year }: { memberId: string; year: number }) {
  const db = useDatabase();
  const reflection = useLiveQuery(async () => (await getReflection(db, memberId, year)) ?? null, [db, memberId, year]);
  if (reflection === undefined) return <Typography color="text.secondary">正在读取…</Typography>;
  const saved = reflection?.text ?? '';
  return <ReflectionForm key={`${year}:${saved}`} memberId={memberId} year={year} saved={saved} />;
}
