import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { loadDuesFacts } from '../../db/repositories/dues-repository';
import { getDuesSettings } from '../../db/repositories/dues-settings-repository';
import { getMember } from '../../db/repositories/member-repository';
import { todayIso } from '../../domain/entities/dates';
import { chineseMonth, monthOfDate } from '../../domain/entities/dues-month';
import {
  dueFor,
  effectivePayments,
  memberDuesStatus,
  paidThroughText,
  transferLetterDuesLine,
} from '../../domain/rules/dues-ledger';
import { formatFen } from '../../domain/rules/money';

const KIND_WORDS = { regular: '按月缴纳', voluntary: '自愿多交', reversal: '冲销' } as const;

function monthsText(months: readonly string[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return '';
  return months.length === 1 ? chineseMonth(first) : `${chineseMonth(first)}至${chineseMonth(last)}`;
}

/** A member's own dues: 缴至, what is owed and why, the 介绍信 line, and every entry (reversals too). */
export function MemberDuesTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const currentMonth = monthOfDate(todayIso());
  const data = useLiveQuery(async () => {
    const member = await getMember(db, memberId);
    if (member === undefined) return null;
    const [facts, settings] = await Promise.all([loadDuesFacts(db, [member]), getDuesSettings(db)]);
    return { facts: facts.get(memberId) ?? { profiles: [], payments: [] }, settings };
  }, [db, memberId]);
  if (data === undefined || data === null) return null;
  const status = memberDuesStatus(data.facts, data.settings.rates, currentMonth);
  const due = dueFor(data.facts, data.settings.rates, currentMonth);
  const live = new Set(effectivePayments(data.facts.payments).map((p) => p.id));
  const letter = transferLetterDuesLine(status);
  const entries = data.facts.payments
    .filter((p) => p.deletedAt === undefined)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Typography variant="h6" component="p" data-testid="member-dues-through">
        {paidThroughText(status)}
      </Typography>
      {due === undefined ? null : <Typography>{`每月应交 ${formatFen(due.fen)} 元：${due.explanation}`}</Typography>}
      {status.unpaid.length > 0 ? (
        <Alert severity={status.unpaid.length >= data.settings.alarmMonths ? 'error' : 'warning'}>
          {`未交 ${String(status.unpaid.length)} 个月（${status.unpaid.map(chineseMonth).join('、')}），共 ${formatFen(status.owedFen)} 元`}
        </Alert>
      ) : null}
      {letter === undefined ? null : (
        <Typography color="text.secondary">{`组织关系介绍信用语：“${letter}”`}</Typography>
      )}
      <Table size="small" aria-label="党费缴纳记录">
        <TableHead>
          <TableRow>
            <TableCell>缴纳日期</TableCell>
            <TableCell>类型</TableCell>
            <TableCell>月份</TableCell>
            <TableCell align="right">金额（元）</TableCell>
            <TableCell>方式</TableCell>
            <TableCell>收缴人</TableCell>
            <TableCell>收据号</TableCell>
            <TableCell>备注</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((p) => (
            <TableRow
              key={p.id}
              sx={p.kind !== 'reversal' && !live.has(p.id) ? { textDecoration: 'line-through' } : {}}
            >
              <TableCell>{p.date}</TableCell>
              <TableCell>
                {p.kind !== 'reversal' && !live.has(p.id) ? `${KIND_WORDS[p.kind]}（已冲销）` : KIND_WORDS[p.kind]}
              </TableCell>
              <TableCell>{monthsText(p.months)}</TableCell>
              <TableCell align="right">{formatFen(p.amountFen)}</TableCell>
              <TableCell>{p.way}</TableCell>
              <TableCell>{p.collector ?? ''}</TableCell>
              <TableCell>{p.receiptNo ?? ''}</TableCell>
              <TableCell>{p.note ?? (p.handedUpWhole === true ? '全额上缴' : '')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
