import { Card, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { loadTalkCoverage } from '../../db/repositories/talk-repository';

/**
 * 谈心谈话 coverage per branch (支部工作条例 art. 19): who has not yet talked with a committee member this
 * year. Each talk is a 谈心谈话 activity with the two (or more) people as its attendees.
 */
export function TalkCoveragePanel({ year }: { year: number }) {
  const db = useDatabase();
  const branches = useLiveQuery(() => loadTalkCoverage(db, year), [db, year]);
  if (branches === undefined) return <CircularProgress aria-label="正在统计" />;
  return (
    <Stack spacing={2} data-testid="talk-coverage">
      <Typography variant="body2" color="text.secondary">
        谈心谈话每年至少一次，在支委之间、支委与党员之间、党员之间进行（《支部工作条例》第十九条）。每次谈话登记为一次“谈心谈话”活动，
        应到人员只选谈话的两人（或几人），出席即为谈过。下表列出本年度尚未与支委（书记、副书记、委员）谈过心的党员；支委须与另一名支委谈过。
      </Typography>
      {branches.map((branch) => {
        const missing = branch.rows.filter((row) => !row.covered);
        return (
          <Card key={branch.branchId} variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2">
                {branch.branchName}：已谈 {branch.rows.length - missing.length} / {branch.rows.length} 人
              </Typography>
              {missing.length === 0 ? (
                <Typography color="success.main">本年度全部党员都已与支委谈心谈话。</Typography>
              ) : (
                <Typography component="div">
                  尚未谈话：
                  {missing.map((row, index) => (
                    <span key={row.memberId}>
                      {index > 0 ? '、' : ''}
                      <Link component={RouterLink} to={`/members/${row.memberId}`}>
                        {row.name}
                      </Link>
                      {row.isCommittee ? '（支委）' : ''}
                    </span>
                  ))}
                </Typography>
              )}
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
}
