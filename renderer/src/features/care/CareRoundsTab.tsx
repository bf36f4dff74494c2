import { Button, LinearProgress, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { createCareRound } from '../../db/repositories/care-repository';
import type { CareOccasion } from '../../domain/entities/care';
import { careOccasions } from '../../domain/entities/care';
import { careRoundProgress } from '../../domain/rules/care-round-progress';
import { formatFen } from '../../domain/rules/money';
import { CareRoundList } from './CareRoundList';
import type { CarePeople } from './use-care';
import { useCareRounds } from './use-care';

/** 七一 and 春节 rounds: a list to work through, with progress and its 签收表. */
export function CareRoundsTab({ year, people }: { year: number; people: CarePeople }) {
  const db = useDatabase();
  const notify = useNotify();
  const rounds = useCareRounds(year);
  const [occasion, setOccasion] = useState<CareOccasion>('七一');
  const [openId, setOpenId] = useState<string | null>(null);
  if (rounds === undefined) return null;
  const open = rounds.find((r) => r.round.id === openId);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          label="时节"
          value={occasion}
          onChange={(e) => setOccasion(e.target.value as CareOccasion)}
          sx={{ width: 120 }}
        >
          {careOccasions.map((o) => (
            <MenuItem key={o} value={o}>
              {o}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          onClick={() => {
            createCareRound(db, year, occasion, `${year}年${occasion === '其他' ? '' : occasion}走访慰问`).then(
              (round) => setOpenId(round.id),
              (error: unknown) => notify.error(error),
            );
          }}
        >
          新建走访慰问批次
        </Button>
        <Typography variant="body2" color="text.secondary">
          名单取当前全部关怀对象。
        </Typography>
      </Stack>
      {rounds.length === 0 && <Typography color="text.secondary">本年度还没有走访慰问批次。</Typography>}
      {rounds.map(({ round, visits }) => {
        const progress = careRoundProgress(round, visits);
        return (
          <Paper key={round.id} variant="outlined" sx={{ p: 2 }} data-testid="care-round">
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography sx={{ minWidth: 200 }}>{round.title}</Typography>
              <LinearProgress
                variant="determinate"
                value={progress.total === 0 ? 0 : (progress.visited / progress.total) * 100}
                sx={{ width: 160 }}
              />
              <Typography data-testid="care-progress">
                已走访 {progress.visited} / {progress.total}，已签收 {progress.signed}，慰问金{' '}
                {formatFen(progress.amountFen)} 元
              </Typography>
              <Button onClick={() => setOpenId(openId === round.id ? null : round.id)}>
                {openId === round.id ? '收起' : '打开名单'}
              </Button>
            </Stack>
          </Paper>
        );
      })}
      {open !== undefined && <CareRoundList round={open.round} visits={open.visits} people={people} />}
    </Stack>
  );
}
