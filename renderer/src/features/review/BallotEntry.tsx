import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addReviewBallot } from '../../db/repositories/review-repository';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import type { BallotKind, ReviewGrade } from '../../domain/entities/review';
import {
  ballotKindLabels,
  ballotKinds,
  reviewGradeKeys,
  reviewGradeLabels,
  reviewGrades,
} from '../../domain/entities/review';
import { excellentCeilingWarning } from '../../domain/rules/excellent-ceiling';
import { percentText } from '../../domain/rules/review-summary';
import { tallyBallots } from '../../domain/rules/review-tally';
import { EnteredBallots } from './EnteredBallots';
import { LeaveGuard } from '../../ui/LeaveGuard';

const GRADE_OF_KEY = new Map(reviewGrades.map((g) => [reviewGradeKeys[g], g]));

/**
 * Typing the returned 测评表 back, like attendance: the roster in sheet order, one key per member (1 优秀,
 * 2 合格, 3 基本合格, 4 不合格, 0 or Delete to leave blank), arrows to move, Enter to file the ballot.
 * The counts and shares with this ballot included show as it is typed.
 */
export function BallotEntry({ view }: { view: ReviewRoundView }) {
  const db = useDatabase();
  const notify = useNotify();
  const [kind, setKind] = useState<BallotKind>('peer');
  const [marks, setMarks] = useState<Record<string, ReviewGrade>>({});
  const [current, setCurrent] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const members = view.members;
  useEffect(() => gridRef.current?.focus(), []);

  const preview = [...view.ballots, { kind, marks }];
  const tally = tallyBallots(
    members.map((m) => m.id),
    preview,
    kind,
  );
  const leadingExcellent = [...tally.values()].filter((t) => t.leading === 'excellent').length;
  const ballotsOfKind = view.ballots.filter((b) => b.kind === kind).length;
  const warning =
    kind === 'peer'
      ? excellentCeilingWarning(leadingExcellent, members.length, view.settings.excellentCeilingPercent)
      : null;

  const file = () => {
    addReviewBallot(db, view.round.id, kind, marks).then(
      () => {
        setMarks({});
        setCurrent(0);
        notify.success(`已录入第 ${ballotsOfKind + 1} 张${ballotKindLabels[kind]}票`);
        gridRef.current?.focus();
      },
      (error: unknown) => notify.error(error),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const member = members[current];
    const grade = GRADE_OF_KEY.get(event.key as '1');
    if (grade !== undefined && member !== undefined) {
      event.preventDefault();
      setMarks((m) => ({ ...m, [member.id]: grade }));
      setCurrent((c) => Math.min(c + 1, members.length - 1));
    } else if ((event.key === '0' || event.key === 'Delete' || event.key === 'Backspace') && member !== undefined) {
      event.preventDefault();
      setMarks((m) => Object.fromEntries(Object.entries(m).filter(([id]) => id !== member.id)));
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setCurrent((c) => Math.min(c + 1, members.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setCurrent((c) => Math.max(c - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      file();
    }
  };

  return (
    <Stack spacing={2}>
      <LeaveGuard when={Object.keys(marks).length > 0} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          label="票的类别"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as BallotKind);
            setMarks({});
          }}
          sx={{ width: 160 }}
        >
          {ballotKinds.map((k) => (
            <MenuItem key={k} value={k}>
              {ballotKindLabels[k]}
            </MenuItem>
          ))}
        </TextField>
        <Typography data-testid="ballot-progress">
          正在录入第 {ballotsOfKind + 1} 张{ballotKindLabels[kind]}票
          {kind === 'peer' ? `（至多 ${members.length} 张）` : ''}，本票已填 {Object.keys(marks).length} /{' '}
          {members.length} 人
        </Typography>
        <Button variant="contained" onClick={file}>
          录入这张票（Enter）
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        点击下表后用键盘录入：1 优秀，2 合格，3 基本合格，4 不合格，0 或 Delete 留空，↑↓ 移动，Enter 录入本票。
      </Typography>
      <Typography data-testid="tally-shares">
        按得票最多（含本票）：
        {reviewGrades
          .map((g) => {
            const count = [...tally.values()].filter((t) => t.leading === g).length;
            return `${reviewGradeLabels[g]} ${count} 人（${percentText(members.length === 0 ? 0 : count / members.length)}）`;
          })
          .join('，')}
      </Typography>
      {warning !== null && <Alert severity="warning">{warning}</Alert>}
      <Box
        ref={gridRef}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label="测评票录入"
        data-testid="ballot-grid"
        sx={{ outline: 'none', '&:focus-visible': { boxShadow: 2 } }}
      >
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>序号</TableCell>
              <TableCell>姓名</TableCell>
              <TableCell>本票</TableCell>
              {reviewGrades.map((g) => (
                <TableCell key={g}>
                  {reviewGradeLabels[g]}（{reviewGradeKeys[g]}）
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((member, index) => {
              const mark = marks[member.id];
              const counts = tally.get(member.id)?.counts;
              return (
                <TableRow
                  key={member.id}
                  selected={index === current}
                  onClick={() => setCurrent(index)}
                  data-testid="ballot-row"
                >
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>{member.name}</TableCell>
                  <TableCell>{mark === undefined ? '—' : reviewGradeLabels[mark]}</TableCell>
                  {reviewGrades.map((g) => (
                    <TableCell key={g}>{counts?.[g] ?? 0}</TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <EnteredBallots view={view} />
    </Stack>
  );
}
