import { Grid } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { CountRow } from '../../domain/statistics/member-statistics';
import type { BranchCheckRow } from '../../domain/rules/yearly-check';
import { ChartFrame } from '../../ui/ChartFrame';

const COLORS = { hours: '#b3261e', attendance: '#a87a1b', meetings: '#2e6f9e', members: '#b3261e' } as const;

/** Percent with one decimal; null (nothing to measure) is a dash, never 0. */
function percentValue(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}

const percentText = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

/**
 * The yearly check's charts; loaded lazily with @mui/x-charts so start-up stays small. Tick labels are
 * sized from the theme (大字模式 too), and each axis gets the height its labels need: x-charts shortens
 * a label that does not fit its axis to nothing, which left every category axis blank.
 */
export default function CheckCharts({
  distribution,
  monthlyRate,
  rows,
}: {
  distribution: CountRow[];
  monthlyRate: (number | null)[];
  rows: BranchCheckRow[];
}) {
  const theme = useTheme();
  const fontSize = Math.round(theme.typography.fontSize * 0.9);
  const tickLabelStyle = { fontSize };
  const labelStyle = { fontSize, fontWeight: 600 };
  const axisHeight = Math.ceil(fontSize * 3.6) + 8;
  const yWidth = Math.ceil(fontSize * 3.2) + 8;
  const tiltBranches = rows.length > 6;
  const monthly = monthlyRate.map(percentValue);
  const branchSeries = [
    { key: 'hours', label: '学时达标率', color: COLORS.hours, values: rows.map((r) => percentValue(r.hoursShare)) },
    {
      key: 'attendance',
      label: '出勤率',
      color: COLORS.attendance,
      values: rows.map((r) => percentValue(r.attendanceRate)),
    },
    {
      key: 'meetings',
      label: '三会一课完成率',
      color: COLORS.meetings,
      values: rows.map((r) => percentValue(r.meetingRate)),
    },
  ];
  const percentAxis = [
    {
      min: 0,
      max: 100,
      label: '百分比（%）',
      width: yWidth + fontSize + 8,
      tickLabelStyle,
      labelStyle,
      valueFormatter: (v: number) => `${v}%`,
    },
  ];

  return (
    <Grid container spacing={2} data-testid="check-charts">
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartFrame
          title="学时分布"
          unit="单位：人"
          legend={[{ label: '党员人数', color: COLORS.members }]}
          table={{ columns: ['学时段', '党员人数'], rows: distribution.map((d) => [d.label, d.count]) }}
        >
          <BarChart
            height={300 + fontSize * 2}
            xAxis={[
              {
                scaleType: 'band',
                data: distribution.map((d) => d.label.replace(' 学时', '')),
                label: '学时段（学时）',
                height: axisHeight,
                tickLabelStyle,
                labelStyle,
                tickLabelInterval: () => true,
              },
            ]}
            yAxis={[{ label: '人数', width: yWidth + fontSize + 8, tickLabelStyle, labelStyle, tickMinStep: 1 }]}
            series={[
              {
                data: distribution.map((d) => d.count),
                label: '党员人数',
                color: COLORS.members,
                valueFormatter: (v: number | null) => (v === null ? '—' : `${v} 人`),
                barLabel: (item) => (item.value === null || item.value === 0 ? null : String(item.value)),
                barLabelPlacement: 'outside',
              },
            ]}
          />
        </ChartFrame>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartFrame
          title="月度出勤率"
          unit="单位：%"
          legend={[{ label: '出勤率', color: COLORS.attendance }]}
          table={{ columns: ['月份', '出勤率'], rows: monthly.map((v, i) => [`${i + 1}月`, percentText(v)]) }}
        >
          <LineChart
            height={300 + fontSize * 2}
            xAxis={[
              {
                scaleType: 'point',
                data: monthly.map((_, i) => `${i + 1}月`),
                label: '月份',
                height: axisHeight,
                tickLabelStyle,
                labelStyle,
                tickLabelInterval: () => true,
              },
            ]}
            yAxis={percentAxis}
            series={[
              {
                data: monthly,
                label: '出勤率',
                color: COLORS.attendance,
                connectNulls: true,
                valueFormatter: percentText,
              },
            ]}
          />
        </ChartFrame>
      </Grid>
      <Grid size={12}>
        <ChartFrame
          title="各党支部对比"
          unit="单位：%"
          legend={branchSeries.map((s) => ({ label: s.label, color: s.color }))}
          table={{
            columns: ['党支部', ...branchSeries.map((s) => s.label)],
            rows: rows.map((r, i) => [r.branchName, ...branchSeries.map((s) => percentText(s.values[i] ?? null))]),
          }}
        >
          <BarChart
            height={340 + fontSize * 2 + (tiltBranches ? fontSize * 4 : 0)}
            xAxis={[
              {
                scaleType: 'band',
                data: rows.map((r) => r.branchName),
                label: '党支部',
                height: axisHeight + (tiltBranches ? fontSize * 4 : 0),
                tickLabelStyle: tiltBranches ? { ...tickLabelStyle, angle: -35, textAnchor: 'end' } : tickLabelStyle,
                labelStyle,
                tickLabelInterval: () => true,
              },
            ]}
            yAxis={percentAxis}
            series={branchSeries.map((s) => ({
              data: s.values,
              label: s.label,
              color: s.color,
              valueFormatter: percentText,
            }))}
          />
        </ChartFrame>
      </Grid>
    </Grid>
  );
}
