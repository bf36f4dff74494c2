import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteReviewBallot } from '../../db/repositories/review-repository';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { ballotKindLabels } from '../../domain/entities/review';

/** The ballots filed so far; one typed wrong is withdrawn (to the recycle bin) and typed again. */
export function EnteredBallots({ view }: { view: ReviewRoundView }) {
  const db = useDatabase();
  const notify = useNotify();
  if (view.ballots.length === 0) return <Typography color="text.secondary">尚未录入测评票。</Typography>;
  return (
    <Table size="small" aria-label="已录入的测评票">
      <TableHead>
        <TableRow>
          <TableCell>序号</TableCell>
          <TableCell>类别</TableCell>
          <TableCell>填写人数</TableCell>
          <TableCell>操作</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {view.ballots.map((ballot, index) => (
          <TableRow key={ballot.id}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>{ballotKindLabels[ballot.kind]}</TableCell>
            <TableCell>{Object.keys(ballot.marks).length}</TableCell>
            <TableCell>
              <Button
                size="small"
                onClick={() => {
                  deleteReviewBallot(db, ballot.id).then(
                    () => notify.info('已撤销这张票（可在回收站恢复）'),
                    (error: unknown) => notify.error(error),
                  );
                }}
              >
                撤销第 {index + 1} 张
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
