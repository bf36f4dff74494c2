import { Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { closeCorrectionCase, openCorrectionCase } from '../../db/repositories/review-repository';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { todayIso } from '../../domain/entities/dates';
import type { CorrectionCase, CorrectionOutcome } from '../../domain/entities/review';
import { correctionOutcomeLabels, correctionOutcomes } from '../../domain/entities/review';
import { addMonths } from '../../domain/rules/date-math';
import { correctionDeadlineProblem, latestCorrectionDeadline } from '../../domain/rules/correction-deadline';
import { LeaveGuard } from '../../ui/LeaveGuard';

function OpenCaseForm({ roundId, memberId, name }: { roundId: string; memberId: string; name: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const [startDate, setStartDate] = useState(todayIso());
  const [deadline, setDeadline] = useState(addMonths(todayIso(), 6));
  const [requirements, setRequirements] = useState('');
  const problem = correctionDeadlineProblem(startDate, deadline);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <LeaveGuard when={requirements.trim() !== ''} />
      <DateField label="开始日期" value={startDate} onChange={setStartDate} />
      <DateField
        label="改正期限"
        value={deadline}
        onChange={setDeadline}
        error={problem !== null}
        helperText={problem ?? `最迟 ${latestCorrectionDeadline(startDate)}`}
      />
      <TextField
        label="改正要求"
        value={requirements}
        onChange={(e) => setRequirements(e.target.value)}
        sx={{ minWidth: 300 }}
      />
      <Button
        variant="outlined"
        disabled={problem !== null}
        onClick={() => {
          openCorrectionCase(db, { roundId, memberId, startDate, deadline, requirements }).then(
            () => notify.success(`已对${name}建立限期改正`),
            (error: unknown) => notify.error(error),
          );
        }}
      >
        建立限期改正
      </Button>
    </Stack>
  );
}

function CaseOutcome({ item }: { item: CorrectionCase }) {
  const db = useDatabase();
  const notify = useNotify();
  const [outcome, setOutcome] = useState<CorrectionOutcome>('corrected');
  const [date, setDate] = useState(todayIso());
  if (item.outcome !== undefined)
    return (
      <Typography>
        处理结果：{correctionOutcomeLabels[item.outcome]}（{item.outcomeDate}）
      </Typography>
    );
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography color={date > item.deadline ? 'error' : 'text.primary'}>期限至 {item.deadline}</Typography>
      <TextField
        select
        label="结果"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as CorrectionOutcome)}
        sx={{ width: 220 }}
      >
        {correctionOutcomes.map((o) => (
          <MenuItem key={o} value={o}>
            {correctionOutcomeLabels[o]}
          </MenuItem>
        ))}
      </TextField>
      <DateField label="处理日期" value={date} onChange={setDate} />
      <Button
        variant="outlined"
        onClick={() => {
          closeCorrectionCase(db, item.id, outcome, date).then(
            () => notify.success('已记录处理结果'),
            (error: unknown) => notify.error(error),
          );
        }}
      >
        记录结果
      </Button>
    </Stack>
  );
}

/** 不合格 → 限期改正 (条例 art. 30): a case per member with its deadline (at most a year) and outcome. */
export function CorrectionCases({ view }: { view: ReviewRoundView }) {
  const unqualified = view.members.filter((m) => view.round.entries[m.id]?.grade === 'unqualified');
  if (unqualified.length === 0) return <Typography color="text.secondary">本次评议没有评定为不合格的党员。</Typography>;
  return (
    <Stack spacing={2}>
      {unqualified.map((member) => {
        const item = view.cases.find((c) => c.memberId === member.id);
        return (
          <Paper key={member.id} variant="outlined" sx={{ p: 2 }}>
            <Typography variant="subtitle1" sx={{ mb: 1 }}>
              {member.name}
              {item === undefined ? '（尚未建立限期改正）' : `：${item.startDate} 起限期改正`}
            </Typography>
            {item === undefined ? (
              <OpenCaseForm roundId={view.round.id} memberId={member.id} name={member.name} />
            ) : (
              <CaseOutcome item={item} />
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
