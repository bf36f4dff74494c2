import {
  Box,
  Button,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { loadYearlyCheck } from '../../db/repositories/yearly-check-repository';
import type { CheckWeights } from '../../domain/entities/archive-settings';
import { hoursDistribution } from '../../domain/statistics/member-statistics';
import { rankBranches } from '../../domain/rules/yearly-check';
import { getPlatform } from '../../platform/api';
import { exportTables } from '../archive/export-table';
import { CHECK_COLUMNS, checkCells, checkSheets } from './check-table';
import { SecretaryLessonsTable } from './SecretaryLessonsTable';
import { chineseToday, percent } from './format';
import { WeightsEditor } from './WeightsEditor';
import { PrintPageButton } from '../../ui/PrintPageButton';
import { visibleScrollbars } from '../../ui/scrollbars';

const CheckCharts = lazy(() => import('./CheckCharts'));

/** 名次 and the 支部's name never break a line ("第四党\n支部"); the figures may wrap their headings. */
const KEEP_ON_ONE_LINE = { whiteSpace: 'nowrap' } as const;

/** 年度考核: per-branch figures, a ranking with editable weights, Excel and Word export, charts. */
export function YearlyCheckPanel({ year, today }: { year: number; today: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const data = useLiveQuery(() => loadYearlyCheck(db, year, today), [db, year, today]);
  const [override, setOverride] = useState<CheckWeights | null>(null);
  const saved = data?.context.settings.checkWeights;
  const weights = override ?? saved;
  const rows = useMemo(
    () => (data === undefined || weights === undefined ? [] : rankBranches(data.branches, weights)),
    [data, weights],
  );
  if (data === undefined || weights === undefined || saved === undefined)
    return <CircularProgress aria-label="正在统计" />;

  const monthlyRate = Array.from({ length: 12 }, (_, m) => {
    const expected = data.branches.reduce((sum, b) => sum + (b.monthlyExpected[m] ?? 0), 0);
    const attended = data.branches.reduce((sum, b) => sum + (b.monthlyAttended[m] ?? 0), 0);
    return expected > 0 ? attended / expected : null;
  });
  const totalMembers = rows.reduce((sum, r) => sum + r.members, 0);
  const reaching = rows.reduce((sum, r) => sum + r.membersReachingTarget, 0);

  const exportWord = async () => {
    const { buildYearlyCheckReport } = await import('../../documents/yearly-check-report');
    const bytes = await buildYearlyCheckReport({
      officeName: data.context.office.officeName,
      year,
      date: today,
      weightsText: `按学时达标率（权重 ${weights.hours}）、出勤率（权重 ${weights.attendance}）、三会一课完成率（权重 ${weights.meetings}）加权计算得分，满分 100 分。统计截至${chineseToday(data.asOf)}。`,
      summary: [
        `全社区参与考核党支部 ${rows.length} 个，党员 ${totalMembers} 名，其中学时达标 ${reaching} 名，达标率 ${percent(totalMembers > 0 ? reaching / totalMembers : null)}。`,
      ],
      rows: rows.map((r) => ({
        rank: r.rank,
        branchName: r.branchName,
        members: r.members,
        hoursShare: percent(r.hoursShare),
        averageHours: r.averageHours === null ? '—' : String(r.averageHours),
        attendanceRate: percent(r.attendanceRate),
        meetingRate: percent(r.meetingRate),
        score: r.score.toFixed(2),
      })),
    });
    return getPlatform().saveFile(bytes, `${year}年度党支部考核情况.docx`, [
      { name: 'Word 文档', extensions: ['docx'] },
    ]);
  };

  return (
    <Stack spacing={2}>
      <WeightsEditor weights={weights} saved={saved} onChange={setOverride} />
      <Stack direction="row" spacing={2} className="no-print">
        <Button
          variant="outlined"
          onClick={() => {
            exportTables(`${year}年度党支部考核.xlsx`, checkSheets(year, rows, data.branches)).then(
              (ok) => ok && notify.success('已导出 Excel'),
              (error: unknown) => notify.error(error, '导出失败，请重试。'),
            );
          }}
        >
          导出 Excel
        </Button>
        <Button
          variant="outlined"
          onClick={() => {
            exportWord().then(
              (file) => file !== null && notify.success('已生成 Word 报告'),
              (error: unknown) => notify.error(error, '生成报告失败，请重试。'),
            );
          }}
        >
          生成 Word 报告
        </Button>
        <PrintPageButton />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        统计截至 {chineseToday(data.asOf)}
        ；出勤按活动当时所在支部计入（年中调整支部的党员各支部各计其月份）；本期尚未结束的三会一课不计入应开次数。
      </Typography>
      <Box sx={(theme) => ({ overflowX: 'auto', ...visibleScrollbars(theme) })}>
        <Table size="small" aria-label="年度考核" data-testid="check-table">
          <TableHead>
            <TableRow>
              {CHECK_COLUMNS.map((column, index) => (
                <TableCell key={column} sx={index <= 1 ? KEEP_ON_ONE_LINE : undefined}>
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const branch = data.branches.find((b) => b.branchId === row.branchId);
              const detail = (branch?.meetingsByType ?? [])
                .map((t) => `${t.typeName} ${t.heldCounted}/${t.required}`)
                .join('；');
              return (
                <TableRow key={row.branchId}>
                  {checkCells(row).map((text, index) => (
                    <TableCell key={index} sx={index <= 1 ? KEEP_ON_ONE_LINE : undefined}>
                      {index === 3 ? (
                        <Tooltip title={detail === '' ? '无要求' : detail}>
                          <span>{text}</span>
                        </Tooltip>
                      ) : (
                        text
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <SecretaryLessonsTable data={data} />
      <Suspense fallback={<CircularProgress aria-label="正在加载图表" />}>
        <CheckCharts
          distribution={hoursDistribution(data.memberHours, data.context.office.hoursTargetMember)}
          monthlyRate={monthlyRate}
          rows={rows}
        />
      </Suspense>
    </Stack>
  );
}
