import { Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify } from '../../app/notifications';
import { todayIso } from '../../domain/entities/dates';
import type { InServiceMember, ServiceRecord } from '../../domain/entities/in-service';
import type { FeedbackPeriod } from '../../domain/rules/service-hours';
import {
  feedbackPeriodLabels,
  feedbackPeriodRange,
  feedbackPeriods,
  serviceHoursByYear,
  serviceHoursIn,
} from '../../domain/rules/service-hours';
import { getPlatform } from '../../platform/api';
import { pastYears } from '../../ui/YearPicker';

/** The feedback sheet to the employer's Party organisation, for a quarter, half-year or year. */
export function FeedbackSheetCard({
  person,
  records,
  target,
  officeName,
}: {
  person: InServiceMember;
  records: ServiceRecord[];
  target: number;
  officeName: string;
}) {
  const notify = useNotify();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [period, setPeriod] = useState<FeedbackPeriod>('year');
  const generate = async () => {
    const { buildInServiceFeedback } = await import('../../documents/in-service-feedback');
    const { from, to } = feedbackPeriodRange(year, period);
    const periodText = period === 'year' ? `${year}年度` : `${year}年${feedbackPeriodLabels[period]}`;
    const inPeriod = records.filter((r) => r.date >= from && r.date <= to).sort((a, b) => (a.date < b.date ? -1 : 1));
    const yearTotal = serviceHoursByYear(records).get(year) ?? 0;
    const bytes = await buildInServiceFeedback({
      officeName,
      name: person.name,
      phone: person.phone ?? '',
      workUnit: person.workUnit,
      workUnitPartyOrg: person.workUnitPartyOrg,
      neighbourhood: person.neighbourhood ?? '',
      reportDate: person.reportDate,
      servicePosts: person.servicePosts,
      skills: person.skills ?? '',
      periodText,
      records: inPeriod.map((r) => ({
        date: r.date,
        activity: r.activity,
        hours: r.hours,
        confirmedBy: r.confirmedBy ?? '',
      })),
      totalHours: serviceHoursIn(records, from, to),
      yearText: `${year}年累计服务 ${String(yearTotal)} 小时，社区要求每年 ${String(target)} 小时`,
      date: todayIso(),
    });
    return getPlatform().saveFile(bytes, `${person.name}${periodText}服务情况反馈表.docx`, [
      { name: 'Word 文档', extensions: ['docx'] },
    ]);
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        反馈所在单位党组织
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          label="年度"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 120 }}
        >
          {pastYears(currentYear).map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="反馈期间"
          value={period}
          onChange={(e) => setPeriod(e.target.value as FeedbackPeriod)}
          sx={{ width: 140 }}
        >
          {feedbackPeriods.map((p) => (
            <MenuItem key={p} value={p}>
              {feedbackPeriodLabels[p]}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          onClick={() => {
            generate().then(
              (file) => file !== null && notify.success('已生成反馈表'),
              (error: unknown) => notify.error(error, '生成反馈表失败，请重试。'),
            );
          }}
        >
          生成反馈表（Word）
        </Button>
      </Stack>
    </Paper>
  );
}
