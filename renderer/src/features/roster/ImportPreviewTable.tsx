import { Chip, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import type { PreviewRow, RowStatus } from '../../io/roster-import/preview';

const LABELS: Record<RowStatus, string> = { new: '新增', update: '将更新', unchanged: '无变化', error: '有错误' };
const COLORS: Record<RowStatus, 'success' | 'info' | 'default' | 'error'> = {
  new: 'success',
  update: 'info',
  unchanged: 'default',
  error: 'error',
};
const LIMIT = 200;
type Filter = RowStatus | 'all' | 'warning';

function explanation(row: PreviewRow): string {
  if (row.status === 'error') return row.problems.join('\n');
  const lines = row.warnings.map((warning) => `提示：${warning}`);
  if (row.changes.length > 0) lines.push(`变更：${row.changes.join('、')}`);
  return lines.join('\n');
}

/** Every row of the file with what will happen to it; errors first by default, 有提示 as its own filter. */
export function ImportPreviewTable({ rows, manySheets }: { rows: PreviewRow[]; manySheets: boolean }) {
  const hasErrors = rows.some((row) => row.status === 'error');
  const [tab, setTab] = useState<Filter>(hasErrors ? 'error' : 'all');
  const shown = rows.filter(
    (row) =>
      tab === 'all' || (tab === 'warning' ? row.status !== 'error' && row.warnings.length > 0 : row.status === tab),
  );
  return (
    <>
      <Tabs value={tab} onChange={(_event, value: Filter) => setTab(value)} variant="scrollable">
        <Tab value="all" label="全部" />
        {(['error', 'new', 'update', 'unchanged'] as const).map((status) => (
          <Tab key={status} value={status} label={LABELS[status]} />
        ))}
        <Tab value="warning" label="有提示" />
      </Tabs>
      <Table size="small" aria-label="导入预览" stickyHeader>
        <TableHead>
          <TableRow>
            {manySheets && <TableCell>工作表</TableCell>}
            <TableCell>行号</TableCell>
            <TableCell>姓名</TableCell>
            <TableCell>所在党支部</TableCell>
            <TableCell>结果</TableCell>
            <TableCell>说明</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.slice(0, LIMIT).map((row) => (
            <TableRow
              key={`${row.sheetName}/${row.rowNumber}`}
              data-status={row.status}
              data-warned={row.warnings.length > 0 ? 'yes' : 'no'}
            >
              {manySheets && <TableCell>{row.sheetName}</TableCell>}
              <TableCell>{row.rowNumber}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell>{row.branchName}</TableCell>
              <TableCell>
                <Chip size="small" color={COLORS[row.status]} label={LABELS[row.status]} />
                {row.status !== 'error' && row.warnings.length > 0 && (
                  <Chip size="small" color="warning" label="有提示" sx={{ ml: 0.5 }} />
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>{explanation(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length > LIMIT && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          仅显示前 {LIMIT} 行，共 {shown.length} 行。
        </Typography>
      )}
    </>
  );
}
