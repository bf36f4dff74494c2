import { Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { reviewGradesOfMember } from '../../db/repositories/review-repository';
import { reviewGradeLabels } from '../../domain/entities/review';
import { MemberHonours } from '../honours/MemberHonours';

function ReviewGrades({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const grades = useLiveQuery(() => reviewGradesOfMember(db, memberId), [db, memberId]);
  if (grades === undefined) return null;
  if (grades.length === 0) return <Typography color="text.secondary">尚未参加过民主评议。</Typography>;
  return (
    <Table size="small" aria-label="民主评议等次">
      <TableHead>
        <TableRow>
          <TableCell>年度</TableCell>
          <TableCell>评定等次</TableCell>
          <TableCell>评议</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {grades.map((g) => (
          <TableRow key={g.roundId}>
            <TableCell>{g.year}年</TableCell>
            <TableCell>{g.grade === undefined ? '未评定' : reviewGradeLabels[g.grade]}</TableCell>
            <TableCell>
              <Link component={RouterLink} to={`/review/${g.roundId}`}>
                打开
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The member page's 评议与荣誉 tab: 民主评议 grades by year, then honours and pledges. */
export function MemberReviewTab({ memberId }: { memberId: string }) {
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        民主评议
      </Typography>
      <ReviewGrades memberId={memberId} />
      <MemberHonours memberId={memberId} />
    </Stack>
  );
}
