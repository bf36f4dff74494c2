import {
  Button,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { pastYears, YearPicker } from '../../ui/YearPicker';
import { useDatabase } from '../../app/database-context';
import { listBranches } from '../../db/repositories/org-unit-reads';
import { useNotify } from '../../app/notifications';
import { loadProgress } from '../../db/repositories/member-archive-repository';
import { rebuildStudySummaries } from '../../db/repositories/study-summary-repository';
import { todayIso } from '../../domain/entities/dates';
import { exportTables } from './export-table';
import { formatHours } from './format-hours';
import { PrintPageButton } from '../../ui/PrintPageButton';
import { usePrintMode } from '../../ui/use-print-mode';

const ALL = 'all';

/** 学习档案: every member's yearly hours against the target, by branch; each row opens the member's archive. */
export default function ArchivePage() {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const [branchId, setBranchId] = useState(ALL);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  // Paper holds every member of the filtered list, not the page of 50 on screen.
  const { printing, print } = usePrintMode();
  const [rebuilding, setRebuilding] = useState(false);
  const branches = useLiveQuery(() => listBranches(db), [db]);
  const rows = useLiveQuery(
    () => loadProgress(db, year, branchId === ALL ? null : branchId, today),
    [db, year, branchId, today],
  );
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = (rows ?? []).filter(
      (row) =>
        q === '' ||
        row.member.name.includes(q) ||
        row.member.namePinyin.includes(q) ||
        row.member.nameInitials.includes(q),
    );
    return list.sort(
      (a, b) =>
        a.branchName.localeCompare(b.branchName, 'zh-CN') || a.member.name.localeCompare(b.member.name, 'zh-CN'),
    );
  }, [rows, query]);
  const reached = filtered.filter((row) => row.countedHours >= row.target.target).length;
  const pageRows = printing ? filtered : filtered.slice(page * 50, page * 50 + 50);

  const exportExcel = () => {
    exportTables(`${year}年党员学时完成情况.xlsx`, [
      {
        name: '学时完成情况',
        title: `${year}年党员学时完成情况`,
        columns: ['姓名', '党支部', '集中学习培训学时', '自学学时', '合计', '目标', '是否达标', '目标规则'],
        rows: filtered.map((row) => [
          row.member.name,
          row.branchName,
          row.concentratedHours,
          row.selfHours,
          row.totalHours,
          row.target.target,
          row.countedHours >= row.target.target ? '是' : '否',
          row.target.explanation,
        ]),
      },
    ]).then(
      (saved) => saved && notify.success('已导出'),
      (error: unknown) => notify.error(error, '导出失败，请重试。'),
    );
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        学习档案
      </Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        className="no-print"
      >
        <YearPicker value={year} onChange={setYear} years={pastYears(currentYear)} />
        <TextField
          select
          label="党支部"
          value={branchId}
          onChange={(e) => {
            setBranchId(e.target.value);
            setPage(0);
          }}
          sx={{ width: 220 }}
        >
          <MenuItem value={ALL}>全部支部</MenuItem>
          {branches?.map((branch) => (
            <MenuItem key={branch.id} value={branch.id}>
              {branch.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="查找党员（姓名或拼音）"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
          sx={{ width: 240 }}
        />
        <Button variant="outlined" onClick={exportExcel} disabled={filtered.length === 0}>
          导出 Excel
        </Button>
        <PrintPageButton print={print} />
        <Button
          disabled={rebuilding}
          onClick={() => {
            setRebuilding(true);
            rebuildStudySummaries(db, year)
              .then((report) =>
                notify.success(
                  report.repaired === 0
                    ? `已检查 ${report.checked} 名党员的${year}年学时汇总，全部正确。`
                    : `已检查 ${report.checked} 名党员，修复 ${report.repaired} 条学时汇总。`,
                ),
              )
              .catch((error: unknown) => notify.error(error, '检查失败，请重试。'))
              .finally(() => setRebuilding(false));
          }}
        >
          检查并修复学时汇总
        </Button>
      </Stack>
      <Typography data-testid="archive-summary">
        共 {filtered.length} 名党员，已达标 {reached} 名
        {filtered.length > 0 ? `（${Math.round((reached / filtered.length) * 100)}%）` : ''}
      </Typography>
      {rows === undefined ? (
        <LinearProgress aria-label="正在读取" />
      ) : (
        <>
          <Table size="small" aria-label="党员学时完成情况">
            <TableHead>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>党支部</TableCell>
                <TableCell align="right">集中学时</TableCell>
                <TableCell align="right">自学学时</TableCell>
                <TableCell align="right">合计</TableCell>
                <TableCell align="right">目标</TableCell>
                <TableCell sx={{ width: 200 }}>进度</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {pageRows.map((row) => (
                <TableRow key={row.member.id}>
                  <TableCell>
                    <Link component={RouterLink} to={`/archive/member/${row.member.id}`}>
                      {row.member.name}
                    </Link>
                  </TableCell>
                  <TableCell>{row.branchName}</TableCell>
                  <TableCell align="right">{formatHours(row.concentratedHours)}</TableCell>
                  <TableCell align="right">{formatHours(row.selfHours)}</TableCell>
                  <TableCell align="right">{formatHours(row.totalHours)}</TableCell>
                  <TableCell align="right" title={row.target.explanation}>
                    {formatHours(row.target.target)}
                  </TableCell>
                  <TableCell>
                    <LinearProgress
                      variant="determinate"
                      value={row.target.target > 0 ? Math.min(100, (row.countedHours / row.target.target) * 100) : 100}
                      color={row.countedHours >= row.target.target ? 'success' : 'primary'}
                      sx={{ height: 8, borderRadius: 1 }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            className="no-print"
            count={filtered.length}
            page={page}
            onPageChange={(_event, next) => setPage(next)}
            rowsPerPage={50}
            rowsPerPageOptions={[50]}
            labelDisplayedRows={({ from, to, count }) => `第 ${from}–${to} 条，共 ${count} 条`}
          />
        </>
      )}
    </Stack>
  );
}
