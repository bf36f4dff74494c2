import {
  Alert,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage, useNotify } from '../../app/notifications';
import { recordDuesPayments } from '../../db/repositories/dues-repository';
import { todayIso } from '../../domain/entities/dates';
import { chineseMonth } from '../../domain/entities/dues-month';
import { formatFen } from '../../domain/rules/money';
import type { DuesImportPreview } from '../../io/dues-import';
import { getPlatform } from '../../platform/api';
import type { BranchDues } from './use-dues';

const OPEN_FILTER = [{ name: '电子表格（.xlsx、.csv）', extensions: ['xlsx', 'csv', 'xls'] }];
const STATUS = {
  ok: { label: '可导入', color: 'success' },
  warning: { label: '请核对', color: 'warning' },
  error: { label: '有错误', color: 'error' },
  empty: { label: '无记录', color: 'default' },
} as const;

/** Import of the office's existing dues sheet: preview, confirm (one transaction), errors as a workbook. */
export function DuesImportCard({ data, year }: { data: BranchDues; year: number }) {
  const db = useDatabase();
  const notify = useNotify();
  const [preview, setPreview] = useState<DuesImportPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [collector, setCollector] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayIso();

  const choose = async () => {
    setProblem(null);
    try {
      const file = await getPlatform().openFile(OPEN_FILTER, 50 * 1024 * 1024);
      if (file === null) return;
      const [{ readSpreadsheet }, { previewDuesImport }] = await Promise.all([
        import('../../io/roster-import/read-spreadsheet'),
        import('../../io/dues-import'),
      ]);
      const sheets = await readSpreadsheet(file.bytes, file.name);
      setFileName(file.name);
      const members = data.members.map((m) => ({
        id: m.id,
        name: m.name,
        ...(m.idNumber === undefined ? {} : { idNumber: m.idNumber }),
      }));
      setPreview(previewDuesImport(sheets[0]?.rows ?? [], year, members, data.facts, data.settings, today));
    } catch (error) {
      setPreview(null);
      setProblem(errorMessage(error, '无法读取这个文件。'));
    }
  };

  const rows = preview?.rows ?? [];
  const good = rows.filter((r) => r.status === 'ok' || r.status === 'warning');
  const bad = rows.filter((r) => r.status === 'error');

  const confirm = async () => {
    try {
      await recordDuesPayments(
        db,
        good.map((r) => ({
          memberId: r.memberId ?? '',
          kind: 'regular' as const,
          months: r.months,
          monthAmountsFen: r.monthAmountsFen,
          date: today,
          way: '现金' as const,
          collector,
          note: `从“${fileName}”导入`,
        })),
        today,
      );
      notify.success(`已导入 ${String(good.length)} 名党员的党费记录`);
      setPreview(null);
    } catch (error) {
      setProblem(errorMessage(error, '导入失败，没有写入任何记录。'));
    }
  };

  const saveErrors = async () => {
    const { buildTableWorkbook } = await import('../../io/table-workbook');
    const bytes = await buildTableWorkbook([
      {
        name: '未导入',
        columns: ['行号', '姓名', '原因'],
        rows: bad.map((r) => [r.line, r.name, r.messages.join('；')]),
      },
    ]);
    const saved = await getPlatform().saveFile(bytes, '党费导入错误.xlsx', [
      { name: 'Excel 工作簿', extensions: ['xlsx'] },
    ]);
    if (saved !== null) notify.success(`已保存“${saved.name}”`);
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        导入原来用 Excel
        记的党费：第一个工作表需有“姓名”（或“身份证号”）一列和“1月”“2月”……或“2026年1月”这样的月份列；格中填金额（元），或打“√”“已缴”按应交金额计。先预览，确认后一次写入；有错误的行可保存为
        Excel 修改后再导入。
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void choose()}>
          选择文件…
        </Button>
        <TextField
          size="small"
          label="收缴人（可不填）"
          value={collector}
          onChange={(e) => setCollector(e.target.value)}
        />
      </Stack>
      {problem === null ? null : <Alert severity="error">{problem}</Alert>}
      {preview === null ? null : (
        <>
          <Typography data-testid="dues-import-summary">{`“${fileName}”：可导入 ${String(good.length)} 人，有错误 ${String(bad.length)} 人`}</Typography>
          <Table size="small" aria-label="党费导入预览">
            <TableHead>
              <TableRow>
                <TableCell>行号</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>状态</TableCell>
                <TableCell>月份</TableCell>
                <TableCell align="right">金额（元）</TableCell>
                <TableCell>说明</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>
                    <Chip size="small" label={STATUS[r.status].label} color={STATUS[r.status].color} />
                  </TableCell>
                  <TableCell>{r.months.map(chineseMonth).join('、')}</TableCell>
                  <TableCell align="right">{formatFen(r.monthAmountsFen.reduce((a, b) => a + b, 0))}</TableCell>
                  <TableCell>{r.messages.join('；')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={2}>
            <Button variant="contained" disabled={good.length === 0} onClick={() => void confirm()}>
              {`确认导入 ${String(good.length)} 人`}
            </Button>
            <Button disabled={bad.length === 0} onClick={() => void saveErrors()}>
              保存错误行（Excel）
            </Button>
            <Button onClick={() => setPreview(null)}>取消</Button>
          </Stack>
        </>
      )}
    </Stack>
  );
}
