import {
  Button,
  Card,
  CardContent,
  MenuItem,
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
import { useNotify } from '../../app/notifications';
import { addBudgetLine, deleteBudgetLine } from '../../db/repositories/budget-repository';
import type { BudgetLine, BudgetSource } from '../../domain/entities/budget';
import { budgetSources } from '../../domain/entities/budget';
import { formatFen, parseYuanToFen } from '../../domain/rules/money';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** The year's budget by source, with a one-line form to add a line. */
export function BudgetLinesCard({ year, lines }: { year: number; lines: BudgetLine[] }) {
  const db = useDatabase();
  const notify = useNotify();
  const [source, setSource] = useState<BudgetSource>('财政专项');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const parsed = parseYuanToFen(amount);

  const add = async () => {
    if (!parsed.ok) {
      notify.error(parsed.message);
      return;
    }
    try {
      await addBudgetLine(db, {
        year,
        source,
        amountFen: parsed.fen,
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      });
      notify.success(`已添加预算 ${formatFen(parsed.fen)} 元`);
      setAmount('');
      setNote('');
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    }
  };

  return (
    <Card variant="outlined">
      <LeaveGuard when={amount !== '' || note.trim() !== ''} />
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          经费来源（预算）
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            sx={{ width: 160 }}
            label="来源"
            value={source}
            onChange={(event) => setSource(event.target.value as BudgetSource)}
          >
            {budgetSources.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            sx={{ width: 200 }}
            label="预算金额（元）"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={amount !== '' && !parsed.ok}
            helperText={amount !== '' && !parsed.ok ? parsed.message : undefined}
          />
          <TextField sx={{ width: 260 }} label="备注" value={note} onChange={(event) => setNote(event.target.value)} />
          <Button variant="contained" disabled={amount === ''} onClick={() => void add()}>
            添加预算
          </Button>
        </Stack>
        <Table size="small" aria-label="预算明细">
          <TableHead>
            <TableRow>
              <TableCell>来源</TableCell>
              <TableCell align="right">金额（元）</TableCell>
              <TableCell>备注</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.id}>
                <TableCell>{line.source}</TableCell>
                <TableCell align="right">{formatFen(line.amountFen)}</TableCell>
                <TableCell>{line.note ?? ''}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    color="error"
                    onClick={() => void deleteBudgetLine(db, line.id).catch((error: unknown) => notify.error(error))}
                  >
                    删除
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
