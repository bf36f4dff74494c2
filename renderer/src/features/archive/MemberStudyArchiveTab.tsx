import {
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { pastYears, YearPicker } from '../../ui/YearPicker';
import { useDatabase } from '../../app/database-context';
import { loadMemberYear } from '../../db/repositories/member-archive-repository';
import { todayIso } from '../../domain/entities/dates';
import { HoursPanel } from './HoursPanel';
import { ReflectionBox } from './ReflectionBox';
import { StudyEntriesTable } from './StudyEntriesTable';
import { ThoughtReportLog } from './ThoughtReportLog';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * A member's 学习档案 for one year (DOMAIN.md "党员学习记录表"): activities attended, self-study
 * entries, hours by source against the target, 学习体会 and the 思想汇报 log. Shown as a tab on the
 * member detail page and on its own page under 学习档案.
 */
export function MemberStudyArchiveTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const archive = useLiveQuery(() => loadMemberYear(db, memberId, year, today), [db, memberId, year, today]);
  const defaultDate = year === currentYear ? today : `${year}-12-31`;
  return (
    <Stack spacing={2} data-testid="member-study-archive">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <YearPicker value={year} onChange={setYear} years={pastYears(currentYear)} width={160} />
        <Button variant="outlined" component={RouterLink} to={`/documents/study-record/${memberId}?year=${year}`}>
          打印学习记录表
        </Button>
      </Stack>
      {archive === undefined ? (
        <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <>
          <Section title="学时">
            <HoursPanel archive={archive} />
          </Section>
          <Section title={`参加的组织活动（${archive.attended.length} 次）`}>
            {archive.attended.length === 0 ? (
              <Typography color="text.secondary">本年度暂无出席记录。</Typography>
            ) : (
              <Table size="small" aria-label="参加的组织活动">
                <TableHead>
                  <TableRow>
                    <TableCell>日期</TableCell>
                    <TableCell>活动</TableCell>
                    <TableCell>类型</TableCell>
                    <TableCell>主讲人 / 组织者</TableCell>
                    <TableCell align="right">学时</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {archive.attended.map(({ attendance, activity, typeName }) => (
                    <TableRow key={attendance.id}>
                      <TableCell>{attendance.date}</TableCell>
                      <TableCell>{activity.title}</TableCell>
                      <TableCell>{typeName}</TableCell>
                      <TableCell>{activity.lecturerName ?? activity.hostName ?? ''}</TableCell>
                      <TableCell align="right">{attendance.hours}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title="自学、远程教育与培训">
            <StudyEntriesTable memberId={memberId} year={year} entries={archive.entries} defaultDate={defaultDate} />
          </Section>
          <Section title="学习体会">
            <ReflectionBox memberId={memberId} year={year} />
          </Section>
          <Section title="思想汇报">
            <ThoughtReportLog memberId={memberId} />
          </Section>
        </>
      )}
    </Stack>
  );
}
