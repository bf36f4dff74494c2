import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { RecruitmentCase, RecruitmentStep } from '../../domain/entities/recruitment';
import { chineseDate } from '../../domain/rules/calendar';
import { useWalkInAttendance } from './use-recruitment';

/** The 积极分子's activities (signed in as a walk-in 入党积极分子) and the hours of training recorded. */
export function AttendanceCard({ record, steps }: { record: RecruitmentCase; steps: RecruitmentStep[] }) {
  const rows = useWalkInAttendance(record.name, record.applicationDate);
  const activityHours = (rows ?? []).reduce((sum, row) => sum + row.hours, 0);
  const training = steps.filter((step) => step.kind === 'training');
  const trainingHours = training.reduce((sum, step) => sum + (step.trainingHours ?? 0), 0);
  const trainingDays = training.reduce((sum, step) => sum + (step.trainingDays ?? 0), 0);
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        参加活动与培训
      </Typography>
      <Typography gutterBottom>
        以“入党积极分子”身份签到参加活动 {rows?.length ?? 0} 次，共 {activityHours} 学时；短期集中培训 {trainingDays}{' '}
        天、
        {trainingHours} 学时。
      </Typography>
      {rows !== undefined && rows.length > 0 && (
        <Table size="small" aria-label="参加活动">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>活动</TableCell>
              <TableCell>学时</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{chineseDate(row.date)}</TableCell>
                <TableCell>{row.activityTitle}</TableCell>
                <TableCell>{row.hours}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
