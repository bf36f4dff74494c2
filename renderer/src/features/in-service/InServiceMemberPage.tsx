import {
  Alert,
  Button,
  CircularProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteServiceRecord } from '../../db/repositories/in-service-repository';
import { serviceHoursByYear } from '../../domain/rules/service-hours';
import { formatHours } from '../archive/format-hours';
import { FeedbackSheetCard } from './FeedbackSheetCard';
import { InServiceMemberDialog } from './InServiceMemberDialog';
import { ServiceRecordForm } from './ServiceRecordForm';
import { useInServiceDetail } from './use-in-service';

/** One in-service member: who, where they work, their service by year against the target, the feedback sheet. */
export default function InServiceMemberPage() {
  const { id = '' } = useParams();
  const db = useDatabase();
  const notify = useNotify();
  const data = useInServiceDetail(id);
  const [editing, setEditing] = useState(false);
  if (data === undefined) return <CircularProgress aria-label="正在读取" />;
  const { person, records, settings } = data;
  if (person === undefined) return <Alert severity="warning">这名在职党员已被删除或不存在。</Alert>;
  const byYear = [...serviceHoursByYear(records)].sort((a, b) => b[0] - a[0]);
  const sorted = [...records].sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Link component={RouterLink} to="/in-service">
        ← 在职党员到社区报到
      </Link>
      <Typography variant="h5" component="h1">
        {person.name}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography>
          工作单位：{person.workUnit}；所在党组织：{person.workUnitPartyOrg}
        </Typography>
        <Typography>
          居住小区/网格：{person.neighbourhood ?? '—'}；报到日期：{person.reportDate}；电话：{person.phone ?? '—'}
        </Typography>
        <Typography>
          认领岗位：{person.servicePosts.length === 0 ? '—' : person.servicePosts.join('、')}；特长：
          {person.skills ?? '—'}
        </Typography>
        <Button size="small" onClick={() => setEditing(true)} sx={{ mt: 1 }}>
          修改
        </Button>
      </Paper>
      <Typography data-testid="service-years">
        服务时长：
        {byYear.length === 0
          ? '暂无'
          : byYear
              .map(
                ([year, hours]) =>
                  `${year}年 ${formatHours(hours)} 小时${hours < settings.inServiceHoursTarget ? `（未达 ${settings.inServiceHoursTarget} 小时）` : '（已达标）'}`,
              )
              .join('；')}
      </Typography>
      <ServiceRecordForm person={person} />
      {sorted.length > 0 && (
        <Table size="small" aria-label="服务记录">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>服务内容</TableCell>
              <TableCell>时长</TableCell>
              <TableCell>确认人</TableCell>
              <TableCell>操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((record) => (
              <TableRow key={record.id}>
                <TableCell>{record.date}</TableCell>
                <TableCell>{record.activity}</TableCell>
                <TableCell>{formatHours(record.hours)}</TableCell>
                <TableCell>{record.confirmedBy ?? ''}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    onClick={() => {
                      deleteServiceRecord(db, record.id).then(
                        () => notify.info('已删除（可在回收站恢复）'),
                        (error: unknown) => notify.error(error),
                      );
                    }}
                  >
                    删除
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <FeedbackSheetCard
        person={person}
        records={records}
        target={settings.inServiceHoursTarget}
        officeName={data.officeName}
      />
      {editing && <InServiceMemberDialog existing={person} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
