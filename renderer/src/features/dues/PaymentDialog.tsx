import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { DuesError, recordDuesPayments } from '../../db/repositories/dues-repository';
import type { PaymentInput } from '../../db/repositories/dues-repository';
import { todayIso } from '../../domain/entities/dates';
import type { DuesPaymentWay } from '../../domain/entities/dues';
import { duesPaymentWays } from '../../domain/entities/dues';
import { chineseMonth, monthsBetween, yearMonthSchema } from '../../domain/entities/dues-month';
import type { DuesSettings } from '../../domain/entities/dues-rates';
import type { DuesGridRow } from '../../domain/rules/dues-grid';
import type { MemberDuesFacts } from '../../domain/rules/dues-ledger';
import { dueFor } from '../../domain/rules/dues-ledger';
import { checkPayment, isHandedUpWhole } from '../../domain/rules/dues-payment';
import { formatFen, parseYuanToFen } from '../../domain/rules/money';
import type { EntryDefaults } from './DuesGrid';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

type Kind = 'regular' | 'voluntary';

/** Builds the entry from the form, or says why it cannot. */
function draftOf(
  kind: Kind,
  from: string,
  to: string,
  amount: string,
  facts: MemberDuesFacts,
  settings: DuesSettings,
): { months: string[]; monthAmountsFen: number[] } | { error: string } {
  if (!yearMonthSchema.safeParse(from).success) return { error: '起始月份格式应为 YYYY-MM' };
  if (kind === 'voluntary') {
    const parsed = parseYuanToFen(amount);
    return parsed.ok ? { months: [from], monthAmountsFen: [parsed.fen] } : { error: parsed.message };
  }
  if (!yearMonthSchema.safeParse(to).success) return { error: '截止月份格式应为 YYYY-MM' };
  const months = monthsBetween(from, to);
  if (months.length === 0) return { error: '截止月份不能早于起始月份' };
  if (months.length > 120) return { error: '一次最多登记 120 个月' };
  if (amount.trim() !== '') {
    const parsed = parseYuanToFen(amount);
    return parsed.ok ? { months, monthAmountsFen: months.map(() => parsed.fen) } : { error: parsed.message };
  }
  const amounts = months.map((m) => dueFor(facts, settings.rates, m)?.fen);
  if (amounts.some((fen) => fen === undefined)) return { error: '有月份没有缴费类别，请填写每月金额或先设置类别' };
  return { months, monthAmountsFen: amounts as number[] };
}

/** 补交 several months, 预交 months ahead, or 自愿多交, with every field of the entry. */
export function PaymentDialog({
  row,
  facts,
  settings,
  startMonth,
  defaults,
  onClose,
}: {
  row: DuesGridRow;
  facts: MemberDuesFacts | undefined;
  settings: DuesSettings;
  startMonth: string;
  defaults: EntryDefaults;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const firstUnpaid = row.status.unpaid[0];
  const [kind, setKind] = useState<Kind>('regular');
  const [from, setFrom] = useState(firstUnpaid !== undefined && firstUnpaid < startMonth ? firstUnpaid : startMonth);
  const [to, setTo] = useState(startMonth);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(defaults.date);
  const [way, setWay] = useState<DuesPaymentWay>(defaults.way);
  const [collector, setCollector] = useState(defaults.collector);
  const [receiptNo, setReceiptNo] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged({ kind, from, to, amount, date, way, collector, receiptNo, note });
  const guard = useDiscardGuard(changed && !saving, onClose);

  const memberFacts = facts ?? { profiles: [], payments: [] };
  const draft = draftOf(kind, from, to, amount, memberFacts, settings);
  const check =
    'error' in draft
      ? { errors: [draft.error], warnings: [] }
      : checkPayment({ kind, ...draft, date }, memberFacts, settings, today);
  const total = 'error' in draft ? 0 : draft.monthAmountsFen.reduce((a, b) => a + b, 0);

  const save = async () => {
    if ('error' in draft || check.errors.length > 0) return;
    setSaving(true);
    const input: PaymentInput = { memberId: row.memberId, kind, ...draft, date, way, collector, receiptNo, note };
    try {
      await recordDuesPayments(db, [input], today);
      notify.success(
        kind === 'voluntary'
          ? `已登记${row.name}自愿多交 ${formatFen(total)} 元`
          : `已登记${row.name} ${chineseMonth(draft.months[0] ?? '')}至${chineseMonth(draft.months.at(-1) ?? '')} 共 ${formatFen(total)} 元`,
      );
      onClose();
    } catch (error) {
      setRefusal(error instanceof DuesError ? error.reasons : [String(error)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>{`${row.name}：登记党费`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ToggleButtonGroup
            exclusive
            value={kind}
            onChange={(_, value: Kind | null) => value !== null && setKind(value)}
          >
            <ToggleButton value="regular">按月缴纳（补交 / 预交）</ToggleButton>
            <ToggleButton value="voluntary">自愿多交</ToggleButton>
          </ToggleButtonGroup>
          <Stack direction="row" spacing={2}>
            <TextField
              label={kind === 'voluntary' ? '所属月份' : '起始月份'}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              placeholder="2026-01"
            />
            {kind === 'regular' ? (
              <TextField label="截止月份" value={to} onChange={(e) => setTo(e.target.value)} placeholder="2026-04" />
            ) : null}
          </Stack>
          <TextField
            label={kind === 'voluntary' ? '金额（元）' : '每月金额（元，留空按应交金额）'}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
          <Stack direction="row" spacing={2}>
            <DateField label="缴纳日期" value={date} onChange={setDate} maxDate={today} />
            <TextField
              select
              label="方式"
              value={way}
              onChange={(e) => setWay(e.target.value as DuesPaymentWay)}
              sx={{ width: 120 }}
            >
              {duesPaymentWays.map((w) => (
                <MenuItem key={w} value={w}>
                  {w}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField label="收缴人" value={collector} onChange={(e) => setCollector(e.target.value)} />
            <TextField label="收据号（可不填）" value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} />
          </Stack>
          <TextField label="备注" value={note} onChange={(e) => setNote(e.target.value)} />
          <Typography data-testid="payment-total">
            {'error' in draft
              ? ''
              : `${kind === 'regular' ? `${String(draft.months.length)} 个月，` : ''}合计 ${formatFen(total)} 元`}
            {kind === 'voluntary' && isHandedUpWhole(total, settings) ? '（1000 元以上，全额上缴）' : ''}
          </Typography>
          {check.errors.map((e) => (
            <Alert key={e} severity="error">
              {e}
            </Alert>
          ))}
          {check.warnings.map((w) => (
            <Alert key={w} severity="warning">
              {w}
            </Alert>
          ))}
          {refusal.map((e) => (
            <Alert key={e} severity="error">
              {e}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={saving || check.errors.length > 0} onClick={() => void save()}>
          登记
        </Button>
      </DialogActions>
    </Dialog>
  );
}
