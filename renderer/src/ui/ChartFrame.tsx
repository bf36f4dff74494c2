import {
  Box,
  Button,
  Card,
  CardContent,
  Collapse,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useNotify } from '../app/notifications';
import { buildTableWorkbook } from '../io/table-workbook';
import { getPlatform } from '../platform/api';
import { chartPng } from './chart-image';
import type { LegendEntry } from './chart-image';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart as an office uses it: a title with its unit, the picture (导出图片 as PNG for a report), and
 * the numbers behind it (数据表, also to Excel) — a person would rather look, and then needs the figures.
 */
export function ChartFrame({
  title,
  unit,
  legend,
  table,
  children,
}: {
  title: string;
  /** Said beside the title, e.g. 单位：% */
  unit: string;
  legend: readonly LegendEntry[];
  table: ChartTable;
  children: ReactNode;
}) {
  const notify = useNotify();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);

  const exportImage = async () => {
    if (chartRef.current === null) return;
    const bytes = await chartPng(chartRef.current, `${title}（${unit}）`, legend);
    const saved = await getPlatform().saveFile(bytes, `${title}.png`, [{ name: 'PNG 图片', extensions: ['png'] }]);
    if (saved !== null) notify.success(`已导出图片：${saved.name}`);
  };
  const exportTable = async () => {
    const bytes = await buildTableWorkbook([{ name: title, title, columns: table.columns, rows: table.rows }]);
    const saved = await getPlatform().saveFile(bytes, `${title}.xlsx`, [
      { name: 'Excel 工作簿', extensions: ['xlsx'] },
    ]);
    if (saved !== null) notify.success('已导出 Excel');
  };

  return (
    <Card variant="outlined" role="figure" aria-label={title} sx={{ breakInside: 'avoid', height: '100%' }}>
      <CardContent>
        <Stack direction="row" useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="h6" component="h3">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {unit}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <Stack direction="row" spacing={1} className="no-print">
            <Button
              size="small"
              onClick={() => void exportImage().catch((error: unknown) => notify.error(error, '导出图片失败，请重试'))}
            >
              导出图片
            </Button>
            <Button size="small" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
              {showTable ? '收起数据表' : '数据表'}
            </Button>
          </Stack>
        </Stack>
        <div ref={chartRef}>{children}</div>
        <Collapse in={showTable} unmountOnExit>
          <Table size="small" aria-label={`${title}（数据表）`} sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                {table.columns.map((column, index) => (
                  <TableCell key={column} align={index === 0 ? 'left' : 'right'}>
                    {column}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {table.rows.map((row, rowIndex) => (
                <TableRow key={rowIndex}>
                  {row.map((cell, index) => (
                    <TableCell key={index} align={index === 0 ? 'left' : 'right'} sx={{ whiteSpace: 'nowrap' }}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button
            size="small"
            className="no-print"
            onClick={() => void exportTable().catch((error: unknown) => notify.error(error, '导出失败，请重试。'))}
          >
            数据表导出 Excel
          </Button>
        </Collapse>
      </CardContent>
    </Card>
  );
}
