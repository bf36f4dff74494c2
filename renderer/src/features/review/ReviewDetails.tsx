import { Button, Stack, TextField } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { setReviewRoundDetails } from '../../db/repositories/review-repository';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** 支部党员大会 date and the office's own words for the 情况报告. */
export function ReviewDetails({ view }: { view: ReviewRoundView }) {
  const db = useDatabase();
  const notify = useNotify();
  const [decisionDate, setDecisionDate] = useState(view.round.decisionDate ?? '');
  const [note, setNote] = useState(view.round.note ?? '');
  return (
    <Stack spacing={2} sx={{ maxWidth: 700 }}>
      <LeaveGuard when={decisionDate !== (view.round.decisionDate ?? '') || note !== (view.round.note ?? '')} />
      <DateField label="支部党员大会评定日期" value={decisionDate} onChange={setDecisionDate} sx={{ width: 240 }} />
      <TextField
        label="其他情况（写入情况报告）"
        multiline
        minRows={4}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        variant="contained"
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => {
          setReviewRoundDetails(db, view.round.id, { decisionDate, note }).then(
            () => notify.success('已保存'),
            (error: unknown) => notify.error(error),
          );
        }}
      >
        保存
      </Button>
    </Stack>
  );
}
