import { Grid, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { CountRow } from '../../domain/statistics/member-statistics';
import type { BranchCheckRow } from '../../domain/rules/yearly-check';

/** The yearly check's charts; loaded lazily with @mui/x-charts so start-up stays small. */
export default function CheckCharts({
  distribution,
  monthlyRate,
  rows,
}: {
  distribution: CountRow[];
  monthlyRate: (number | null)[];
  rows: BranchCheckRow[];
}) {
  return (
    <Grid container spacing={2} data-testid="check-charts">
      <Grid size={{ xs: 12, md: 6 }}>
        <Typography variant="subtitle1">学时分布（人数）</Typography>
        <BarChart
          height={260}
          xAxis={[{ scaleType: 'band', data: distribution.map((d) => d.label) }]}
          series={[{ data: distribution.map((d) => d.count), label: '党员人数' }]}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Typography variant="subtitle1">月度出勤率（%）</Typography>
        <LineChart
          height={260}
          xAxis={[{ scaleType: 'point', data: monthlyRate.map((_, i) => `${i + 1}月`) }]}
          yAxis={[{ min: 0, max: 100 }]}
          series={[
            {
              data: monthlyRate.map((r) => (r === null ? null : Math.round(r * 1000) / 10)),
              label: '出勤率',
              connectNulls: true,
            },
          ]}
        />
      </Grid>
      <Grid size={12}>
        <Typography variant="subtitle1">各党支部对比（%）</Typography>
        <BarChart
          height={300}
          xAxis={[{ scaleType: 'band', data: rows.map((r) => r.branchName) }]}
          yAxis={[{ min: 0, max: 100 }]}
          series={[
            { data: rows.map((r) => (r.hoursShare ?? 0) * 100), label: '学时达标率' },
            { data: rows.map((r) => (r.attendanceRate ?? 0) * 100), label: '出勤率' },
            { data: rows.map((r) => (r.meetingRate ?? 0) * 100), label: '三会一课完成率' },
          ]}
        />
      </Grid>
    </Grid>
  );
}
