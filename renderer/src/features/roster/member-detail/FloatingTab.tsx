import {
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
import { useLiveQuery } from '../../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../../app/database-context';
import { useNotify } from '../../../app/notifications';
import { addContactLog, getMember, listContactLogs } from '../../../db/repositories/member-repository';
import { todayIso } from '../../../domain/entities/dates';
import type { ContactLog } from '../../../domain/entities/member';
import { contactWays } from '../../../domain/entities/member';
import { DateField } from '../../../ui/DateField';

/** 流动情况: where the member went and the sending branch's contact log (党员教育管理工作条例 art. 32). */
export function FloatingTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const member = useLiveQuery(() => getMember(db, memberId), [db, memberId]);
  const logs = useLiveQuery(() => listContactLogs(db, memberId), [db, memberId]);
  const today = todayIso();
  const [date, setDate] = useState(today);
  const [way, setWay] = useState<ContactLog['way']>('电话');
  const [content, setContent] = useState('');
  const dateProblem =
    date === ''
      ? '请选择日期'
      : !/^\d{4}-\d{2}-\d{2}$/.test(date)
        ? '请填写正确的日期（如 2013-05-28）'
        : date > today
          ? '日期不能晚于今天'
          : null;
  if (member === undefined || logs === undefined) return null;

  const submit = async () => {
    if (dateProblem !== null || content.trim() === '') return;
    try {
      await addContactLog(db, { memberId, date, way, content: content.trim() });
      notify.success('已记录联系情况');
      setContent('');
    } catch (error) {
      notify.error(error);
    }
  };

  const to = member.floatingTo;
  return (
    <Stack spacing={3}>
      {member.floating ? (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '180px 1fr', gap: 1, m: 0 }}>
          {(
            [
              ['外出流向', to === undefined ? '' : [to.province, to.city, to.county].filter(Boolean).join(' ')],
              ['外出日期', member.floatingSince ?? ''],
              ['流入地联系人', member.floatingContactPerson ?? ''],
              ['流入地联系电话', member.floatingContactPhone ?? ''],
              ['流动党员活动证号', member.floatingCertificateNo ?? ''],
            ] as const
          ).map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" color="text.secondary">
                {label}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {value === '' ? '—' : value}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Typography color="text.secondary">不是流动党员。外出时请在“编辑”中打开“是否流动党员”并填写流向。</Typography>
      )}
      <Box>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          联系记录
        </Typography>
        {logs.length === 0 ? (
          <Typography color="text.secondary">还没有联系记录。</Typography>
        ) : (
          <Table size="small" aria-label="联系记录">
            <TableHead>
              <TableRow>
                <TableCell>日期</TableCell>
                <TableCell>方式</TableCell>
                <TableCell>内容</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {logs.map((log) => (
                <TableRow key={log.id}>
                  <TableCell>{log.date}</TableCell>
                  <TableCell>{log.way}</TableCell>
                  <TableCell>{log.content}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Stack direction="row" useFlexGap sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', mt: 2 }}>
          <DateField
            label="联系日期"
            value={date}
            onChange={setDate}
            maxDate={today}
            error={dateProblem !== null}
            helperText={dateProblem ?? ' '}
          />
          <TextField
            select
            label="联系方式"
            value={way}
            onChange={(event) => setWay(event.target.value as ContactLog['way'])}
            sx={{ minWidth: 120 }}
          >
            {contactWays.map((one) => (
              <MenuItem key={one} value={one}>
                {one}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="联系内容"
            value={content}
            onChange={(event) => setContent(event.target.value)}
            sx={{ minWidth: 320, flex: 1 }}
          />
          <Button
            variant="contained"
            disabled={dateProblem !== null || content.trim() === ''}
            onClick={() => void submit()}
            sx={{ mt: 1 }}
          >
            添加联系记录
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}
