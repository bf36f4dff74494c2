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

/** Every row of the file with what will happen to it; errors first by default. */
export function ImportPreviewTable({ rows }: { rows: PreviewRow[] }) {
  const hasErrors = rows.some((row) => row.status === 'error');
  const [tab, setTab] = useState<RowStatus | 'all'>(hasErrors ? 'error' : 'all');
  const shown = rows.filter((row) => tab === 'all' || row.status === tab);
  return (
    <>
      <Tabs value={tab} onChange={(_event, value: RowStatus | 'all') => setTab(value)}>
        <Tab value="all" label="全部" />
        {(['error', 'new', 'update', 'unchanged'] as const).map((status) => (
          <Tab key={status} value={status} label={LABELS[status]} />
        ))}
      </Tabs>
      <Table size="small" aria-label="导入预览" stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell>行号</TableCell>
            <TableCell>姓名</TableCell>
            <TableCell>所在党支部</TableCell>
            <TableCell>结果</TableCell>
            <TableCell>说明</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.slice(0, LIMIT).map((row) => (
            <TableRow key={row.rowNumber} data-status={row.status}>
              <TableCell>{row.rowNumber}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell>{row.branchName}</TableCell>
              <TableCell>
                <Chip size="small" color={COLORS[row.status]} label={LABELS[row.status]} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>
                {row.status === 'error'
                  ? row.problems.join('\n')
                  : row.changes.length > 0
                    ? `变更：${row.changes.join('、')}`
                    : ''}
              </TableCell>
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
