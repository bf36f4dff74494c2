import { Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { memberAttendance } from '../../db/repositories/activity-repository';
import { attendanceStatusLabels, attendedStatuses } from '../../domain/entities/activity';
import { useActivityLookups } from './use-activity-lookups';

/** 参加活动: one member's activities (expected or walked in), attendance and rate, hours credited. */
export function MemberActivitiesTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const lookups = useActivityLookups();
  const items = useLiveQuery(() => memberAttendance(db, memberId), [db, memberId]);
  if (items === undefined || lookups === undefined) return null;
  const held = items.filter((item) => item.activity.status === 'held');
  const expected = held.filter((item) => item.row.expected);
  const attendedExpected = expected.filter((item) => attendedStatuses.includes(item.row.status));
  const hours = held.reduce((sum, item) => sum + item.row.hours, 0);
  const rate =
    expected.length === 0 ? '—' : `${String(Math.round((attendedExpected.length / expected.length) * 100))}%`;
  return (
    <Stack spacing={2} data-testid="member-activities">
      <Typography data-testid="member-activities-summary">
        应参加 {expected.length} 次，参加 {attendedExpected.length} 次，出勤率 {rate}；临时参加{' '}
        {held.filter((item) => !item.row.expected && attendedStatuses.includes(item.row.status)).length} 次；累计学时{' '}
        {Math.round(hours * 100) / 100}
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
