import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { PaymentInput } from '../../db/repositories/dues-repository';
import { recordDuesPayments } from '../../db/repositories/dues-repository';
import { todayIso } from '../../domain/entities/dates';
import type { DuesPayment, DuesPaymentWay } from '../../domain/entities/dues';
import { duesPaymentWays } from '../../domain/entities/dues';
import { chineseMonth, monthOfDate } from '../../domain/entities/dues-month';
import type { DuesGridRow } from '../../domain/rules/dues-grid';
import { duesGridRow, duesGridTotals } from '../../domain/rules/dues-grid';
import { paidThroughText } from '../../domain/rules/dues-ledger';
import { formatFen } from '../../domain/rules/money';
import { DuesCellView } from './DuesCellView';
import { PaymentDialog } from './PaymentDialog';
import { ReverseDialog } from './ReverseDialog';
import { GRID_KEYS_HELP, MONTH_LABELS } from './text';
import type { BranchDues } from './use-dues';

export interface EntryDefaults {
  date: string;
  way: DuesPaymentWay;
  collector: string;
}

/**
 * The branch × year grid: one row a member, one column a month. Keyboard-first like attendance: a
 * keystroke records a month with the computed amount; B opens 补交/预交; A ticks the month for everyone.
 */
export function DuesGrid({ data, year }: { data: BranchDues; year: number }) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const currentMonth = monthOfDate(today);
  const [defaults, setDefaults] = useState<EntryDefaults>({ date: today, way: '现金', collector: '' });
  const [current, setCurrent] = useState({ row: 0, col: Math.max(0, Number(currentMonth.slice(5, 7)) - 1) });
  const [dialog, setDialog] = useState<{ row: DuesGridRow; month: string } | null>(null);
  const [reversing, setReversing] = useState<{ row: DuesGridRow; payment: DuesPayment } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());

  const rows = useMemo(
    () =>
      data.members.flatMap((member) => {
        const facts = data.facts.get(member.id);
        return facts === undefined ? [] : [duesGridRow(member, facts, data.settings, year, currentMonth)];
      }),
    [data, year, currentMonth],
  );
  const totals = duesGridTotals(rows);

  useEffect(() => {
    cellRefs.current
      .get(`${String(current.row)}-${String(current.col)}`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  const record = async (inputs: PaymentInput[], done: string) => {
    setProblem(null);
    try {
      const result = await recordDuesPayments(db, inputs, today);
      notify.success(result.warnings.length > 0 ? `${done}（${result.warnings.join('；')}）` : done);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const entryFor = (row: DuesGridRow, month: string, fen: number): PaymentInput => ({
    memberId: row.memberId,
    kind: 'regular',
    months: [month],
    monthAmountsFen: [fen],
    date: defaults.date,
    way: defaults.way,
    collector: defaults.collector,
  });

  const tick = (rowIndex: number, col: number) => {
    const row = rows[rowIndex];
    const cell = row?.cells[col];
    if (row === undefined || cell === undefined) return;
    if (cell.state === 'paid')
      return notify.info(`${row.name}${chineseMonth(cell.month)}已缴 ${formatFen(cell.fen)} 元`);
    if (cell.state === 'exempt') return notify.info(`${row.name}${chineseMonth(cell.month)}免交`);
    if (row.category === undefined && cell.state === 'none')
      return setProblem(`${row.name}还没有设置缴费类别，请先在“类别与基数”中设置`);
    if (cell.state === 'none')
      return setProblem(`${row.name}${chineseMonth(cell.month)}不在应缴期间（入党前或转出后）`);
    void record(
      [entryFor(row, cell.month, cell.fen)],
      `已登记：${row.name}${chineseMonth(cell.month)} ${formatFen(cell.fen)} 元`,
    );
    setCurrent({ row: Math.min(rows.length - 1, rowIndex + 1), col });
  };

  const tickAll = (col: number) => {
    const inputs = rows.flatMap((row) => {
      const cell = row.cells[col];
      return cell !== undefined && (cell.state === 'owed' || cell.state === 'ahead') && cell.fen > 0
        ? [entryFor(row, cell.month, cell.fen)]
        : [];
    });
    if (inputs.length === 0) return notify.info(`${MONTH_LABELS[col] ?? ''}没有待登记的党员`);
    void record(inputs, `已登记 ${String(inputs.length)} 人 ${String(year)}年${MONTH_LABELS[col] ?? ''}的党费`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (dialog !== null || reversing !== null) return;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageDown: [10, 0],
      PageUp: [-10, 0],
    };
    const move = moves[event.key];
    const row = rows[current.row];
    if (move !== undefined) {
      event.preventDefault();
      setCurrent((c) => ({
        row: Math.max(0, Math.min(rows.length - 1, c.row + move[0])),
        col: Math.max(0, Math.min(11, c.col + move[1])),
      }));
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      tick(current.row, current.col);
    } else if (event.key.toLowerCase() === 'b' && row !== undefined) {
      event.preventDefault();
      setDialog({ row, month: row.cells[current.col]?.month ?? currentMonth });
    } else if (event.key.toLowerCase() === 'a') {
      event.preventDefault();
      tickAll(current.col);
    } else if (event.key === 'Delete' && row !== undefined) {
      const payment = row.cells[current.col]?.payment;
      if (payment !== undefined) {
        event.preventDefault();
        setReversing({ row, payment });
      }
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <DateField
          label="缴纳日期"
          value={defaults.date}
          onChange={(value) => setDefaults((d) => ({ ...d, date: value }))}
          sx={{ width: 180 }}
          maxDate={today}
        />
        <TextField
          select
          label="方式"
          value={defaults.way}
          onChange={(e) => setDefaults((d) => ({ ...d, way: e.target.value as DuesPaymentWay }))}
          sx={{ width: 120 }}
        >
          {duesPaymentWays.map((way) => (
            <MenuItem key={way} value={way}>
              {way}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="收缴人"
          value={defaults.collector}
          onChange={(e) => setDefaults((d) => ({ ...d, collector: e.target.value }))}
          sx={{ width: 160 }}
        />
        <Button variant="outlined" onClick={() => tickAll(current.col)}>
          {`${MONTH_LABELS[current.col] ?? ''}全员已缴`}
        </Button>
        <Button
          variant="outlined"
          disabled={rows[current.row] === undefined}
          onClick={() => {
            const row = rows[current.row];
            if (row !== undefined) setDialog({ row, month: row.cells[current.col]?.month ?? currentMonth });
          }}
        >
          补交 / 预交 / 自愿多交…
        </Button>
      </Stack>
      {problem === null ? null : (
        <Alert severity="error" onClose={() => setProblem(null)} data-testid="dues-problem">
          {problem}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {GRID_KEYS_HELP}
      </Typography>
      <Box
        ref={tableRef}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="dues-grid"
        aria-label="党费收缴登记表，方向键选择，空格登记"
        sx={{ overflow: 'auto', maxHeight: '65vh', outline: 'none', '&:focus-visible': { boxShadow: 2 } }}
      >
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>姓名</TableCell>
              <TableCell>类别</TableCell>
              <TableCell align="right">月应交</TableCell>
              {MONTH_LABELS.map((label) => (
                <TableCell key={label} align="center">
                  {label}
                </TableCell>
              ))}
              <TableCell align="right">本年已缴</TableCell>
              <TableCell>缴至</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow key={row.memberId} data-testid="dues-row" data-member={row.name}>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.category ?? '未设置'}</TableCell>
                <TableCell align="right">
                  {row.due === undefined ? (
                    '—'
                  ) : (
                    <Tooltip title={row.due.explanation}>
                      <span>{formatFen(row.due.fen)}</span>
                    </Tooltip>
                  )}
                </TableCell>
                {row.cells.map((cell, c) => (
                  <DuesCellView
                    key={cell.month}
                    cell={cell}
                    memberName={row.name}
                    selected={current.row === r && current.col === c}
                    overdue={cell.state === 'owed' && cell.month < currentMonth}
                    cellRef={(el) => {
                      if (el === null) cellRefs.current.delete(`${String(r)}-${String(c)}`);
                      else cellRefs.current.set(`${String(r)}-${String(c)}`, el);
                    }}
                    onClick={() => {
                      setCurrent({ row: r, col: c });
                      tableRef.current?.focus();
                    }}
                  />
                ))}
                <TableCell align="right" data-testid="dues-year-total">
                  {formatFen(row.yearFen)}
                </TableCell>
                <TableCell>{paidThroughText(row.status)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell colSpan={3}>
                <strong>合计</strong>
              </TableCell>
              {totals.months.map((fen, i) => (
                <TableCell key={i} align="center">
                  {formatFen(fen)}
                </TableCell>
              ))}
              <TableCell align="right" data-testid="dues-branch-total">
                <strong>{formatFen(totals.yearFen)}</strong>
              </TableCell>
              <TableCell>{totals.voluntaryFen > 0 ? `另自愿多交 ${formatFen(totals.voluntaryFen)}` : ''}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Box>
      {dialog === null ? null : (
        <PaymentDialog
          row={dialog.row}
          facts={data.facts.get(dialog.row.memberId)}
          settings={data.settings}
          startMonth={dialog.month}
          defaults={defaults}
          onClose={() => {
            setDialog(null);
            tableRef.current?.focus();
          }}
        />
      )}
      {reversing === null ? null : (
        <ReverseDialog
          name={reversing.row.name}
          payment={reversing.payment}
          onClose={() => {
            setReversing(null);
            tableRef.current?.focus();
          }}
        />
      )}
    </Stack>
  );
}
