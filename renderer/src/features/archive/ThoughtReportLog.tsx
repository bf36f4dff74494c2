import {
  Button,
  Grid,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import {
  addThoughtReport,
  deleteThoughtReport,
  thoughtReportsOf,
} from '../../db/repositories/thought-report-repository';
import { todayIso } from '../../domain/entities/dates';
import { thoughtReportSchema } from '../../domain/entities/study-record';
import { DateField } from '../../ui/DateField';
import { LeaveGuard } from '../../ui/LeaveGuard';

const EMPTY = { receivedDate: todayIso(), periodFrom: '', periodTo: '', reviewer: '', note: '' };

/** 思想汇报 log: when each report came in, the period it covers, who read it. */
export function ThoughtReportLog({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const reports = useLiveQuery(() => thoughtReportsOf(db, memberId), [db, memberId]);
  const [form, setForm] = useState(EMPTY);
  const input = {
    memberId,
    receivedDate: form.receivedDate,
    periodFrom: form.periodFrom,
    periodTo: form.periodTo,
    ...(form.reviewer.trim() === '' ? {} : { reviewer: form.reviewer.trim() }),
    ...(form.note.trim() === '' ? {} : { note: form.note.trim() }),
  };
  const check = thoughtReportSchema.safeParse({ ...input, id: crypto.randomUUID(), createdAt: '', updatedAt: '' });
  const periodError = check.success
    ? undefined
    : check.error.issues.find((issue) => issue.path[0] === 'periodTo' && form.periodFrom !== '' && form.periodTo !== '')
        ?.message;
  const dateField = (key: 'receivedDate' | 'periodFrom' | 'periodTo', label: string) => (
    <DateField
      label={label}
      value={form[key]}
      onChange={(value) => setForm((f) => ({ ...f, [key]: value }))}
      {...(key === 'periodTo' && periodError !== undefined ? { error: true, helperText: periodError } : {})}
    />
  );
  return (
    <>
      <LeaveGuard when={JSON.stringify(form) !== JSON.stringify(EMPTY)} />
      <Grid container spacing={2} sx={{ mb: 2 }} className="no-print">
        <Grid size={{ xs: 12, md: 4 }}>{dateField('receivedDate', '收到日期')}</Grid>
        <Grid size={{ xs: 6, md: 4 }}>{dateField('periodFrom', '汇报期间自')}</Grid>
        <Grid size={{ xs: 6, md: 4 }}>{dateField('periodTo', '至')}</Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            label="审阅人"
            value={form.reviewer}
            onChange={(e) => setForm((f) => ({ ...f, reviewer: e.target.value }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField
            label="审阅意见 / 备注"
            value={form.note}
            onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
          />
        </Grid>
        <Grid size={12}>
          <Button
            variant="outlined"
            disabled={!check.success}
            onClick={() => {
              addThoughtReport(db, input).then(
                () => {
                  setForm(EMPTY);
                  notify.success('思想汇报已登记');
                },
                (error: unknown) => notify.error(error),
              );
            }}
          >
            登记思想汇报
          </Button>
        </Grid>
      </Grid>
      {reports === undefined || reports.length === 0 ? (
        <Typography color="text.secondary">暂无思想汇报记录。</Typography>
      ) : (
        <Table size="small" aria-label="思想汇报记录">
          <TableHead>
            <TableRow>
              <TableCell>收到日期</TableCell>
              <TableCell>汇报期间</TableCell>
              <TableCell>审阅人</TableCell>
              <TableCell>备注</TableCell>
              <TableCell className="no-print">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reports.map((report) => (
              <TableRow key={report.id}>
                <TableCell>{report.receivedDate}</TableCell>
                <TableCell>
                  {report.periodFrom} 至 {report.periodTo}
                </TableCell>
                <TableCell>{report.reviewer ?? ''}</TableCell>
                <TableCell>{report.note ?? ''}</TableCell>
                <TableCell className="no-print">
                  <IconButton
                    aria-label={`删除 ${report.receivedDate} 的思想汇报`}
                    onClick={() =>
                      void deleteThoughtReport(db, report.id).catch((error: unknown) => notify.error(error))
                    }
                  >
                    <DeleteOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
