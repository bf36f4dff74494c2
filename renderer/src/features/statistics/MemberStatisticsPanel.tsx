import {
  Button,
  Card,
  CardContent,
  CircularProgress,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { listCountedMembers } from '../../db/repositories/member-reads';
import type { StatisticsTable } from '../../domain/statistics/member-statistics';
import { memberStatistics } from '../../domain/statistics/member-statistics';
import { exportTables } from '../archive/export-table';

function sheetOf(table: StatisticsTable) {
  return {
    name: table.title,
    title: `党员${table.title}统计`,
    columns: ['项目', '人数', '占比'],
    rows: [
      ...table.rows.map((row) => [row.label, row.count, share(row.count, table.total)]),
      ['合计', table.total, table.total > 0 ? '100%' : '—'],
    ],
  };
}

function share(count: number, total: number): string {
  return total > 0 ? `${((count / total) * 100).toFixed(1)}%` : '—';
}

/** Counts of members on the books by age, education, occupation, category, floating and party age. */
export function MemberStatisticsPanel({ today }: { today: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const tables = useLiveQuery(async () => memberStatistics(await listCountedMembers(db, 'all'), today), [db, today]);
  if (tables === undefined) return <CircularProgress aria-label="正在统计" />;
  const save = (name: string, list: StatisticsTable[]) => {
    exportTables(name, list.map(sheetOf)).then(
      (ok) => ok && notify.success('已导出 Excel'),
      (error: unknown) => notify.error(error, '导出失败，请重试。'),
    );
  };
  return (
    <>
      <Button variant="outlined" sx={{ mb: 2 }} className="no-print" onClick={() => save('党员队伍统计.xlsx', tables)}>
        全部导出 Excel
      </Button>
      <Grid container spacing={2}>
        {tables.map((table) => (
          <Grid key={table.key} size={{ xs: 12, md: 6 }}>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h3">
                  {table.title}
                </Typography>
                <Table size="small" aria-label={table.title}>
                  <TableHead>
                    <TableRow>
                      <TableCell>项目</TableCell>
                      <TableCell align="right">人数</TableCell>
                      <TableCell align="right">占比</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {table.rows.map((row) => (
                      <TableRow key={row.label}>
                        <TableCell>{row.label}</TableCell>
                        <TableCell align="right">{row.count}</TableCell>
                        <TableCell align="right">{share(row.count, table.total)}</TableCell>
                      </TableRow>
                    ))}
                    <TableRow>
                      <TableCell sx={{ fontWeight: 600 }}>合计</TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600 }}>
                        {table.total}
                      </TableCell>
                      <TableCell />
                    </TableRow>
                  </TableBody>
                </Table>
                <Button size="small" className="no-print" onClick={() => save(`党员${table.title}统计.xlsx`, [table])}>
                  导出此表
                </Button>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}
