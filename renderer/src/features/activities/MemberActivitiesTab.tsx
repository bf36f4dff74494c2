import { Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { memberAttendance } from '../../db/repositories/activity-repository';
import { attendanceStatusLabels } from '../../domain/entities/activity';
import { memberAttendanceRate } from '../../domain/rules/attendance-counts';
import { useActivityLookups } from './use-activity-lookups';

/** 参加活动: one member's activities (expected or walked in), attendance and rate, hours credited. */
export function MemberActivitiesTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const lookups = useActivityLookups();
  const items = useLiveQuery(() => memberAttendance(db, memberId), [db, memberId]);
  if (items === undefined || lookups === undefined) return null;
  const summary = memberAttendanceRate(items);
  const rate = summary.rate === null ? '—' : `${String(Math.round(summary.rate * 100))}%`;
  return (
    <Stack spacing={2} data-testid="member-activities">
      <Typography data-testid="member-activities-summary">
        应参加 {summary.expected} 次，参加 {summary.attendedExpected} 次，出勤率 {rate}；临时参加 {summary.walkIns}{' '}
        次；累计学时 {summary.hours}（计划中、已取消的活动不计入）
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">还没有活动记录。</Typography>
      ) : (
        <Table size="small" aria-label="参加活动">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>主题</TableCell>
              <TableCell>考勤</TableCell>
              <TableCell>原因</TableCell>
              <TableCell>学时</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.slice(0, 500).map(({ row, activity }) => (
              <TableRow key={row.id}>
                <TableCell>{activity.date}</TableCell>
                <TableCell>{lookups.typeName(activity.typeId)}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/activities/${activity.id}`}>
                    {activity.title}
                  </Link>
                  {activity.status === 'held' ? null : (
                    <Chip size="small" sx={{ ml: 1 }} label={activity.status === 'planned' ? '计划中' : '已取消'} />
                  )}
                  {row.expected ? null : <Chip size="small" sx={{ ml: 1 }} label="临时参加" />}
                </TableCell>
                <TableCell>{attendanceStatusLabels[row.status]}</TableCell>
                <TableCell>{row.reason ?? ''}</TableCell>
                <TableCell>{row.hours}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
