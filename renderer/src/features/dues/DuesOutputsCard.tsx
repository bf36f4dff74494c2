import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addDuesHandUp, loadDuesYearSummary } from '../../db/repositories/dues-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { todayIso } from '../../domain/entities/dates';
import { monthOfDate, yearMonthSchema } from '../../domain/entities/dues-month';
import { duesGridRow } from '../../domain/rules/dues-grid';
import type { DuesPeriodKind } from '../../domain/rules/dues-period';
import { duesPeriod, periodLine } from '../../domain/rules/dues-period';
import { parseYuanToFen } from '../../domain/rules/money';
import { getPlatform } from '../../platform/api';
import type { BranchDues } from './use-dues';

const WORD = [{ name: 'Word 文档', extensions: ['docx'] }];
const EXCEL = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** 收缴公示, the yearly ledger, the record of what was handed up, and the 上缴汇总. */
export function DuesOutputsCard({
  branchId,
  branchName,
  data,
  year,
}: {
  branchId: string;
  branchName: string;
  data: BranchDues;
  year: number;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const currentMonth = monthOfDate(today);
  const [kind, setKind] = useState<DuesPeriodKind>('month');
  const [index, setIndex] = useState(Number(currentMonth.slice(5, 7)));
  const [handUp, setHandUp] = useState({
    from: `${String(year)}-01`,
    to: currentMonth,
    amount: '',
    date: today,
    receivedBy: '',
  });
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (bytes: Uint8Array, name: string, filters: typeof WORD) => {
    const saved = await getPlatform().saveFile(bytes, name, filters);
    if (saved !== null) notify.success(`已导出“${saved.name}”`);
  };

  const notice = async () => {
    try {
      const period = duesPeriod(year, kind, index);
      const lines = data.members.flatMap((m) => {
        const facts = data.facts.get(m.id);
        return facts === undefined || facts.profiles.length === 0
          ? []
          : [periodLine(m.name, facts, data.settings.rates, period.months, currentMonth)];
      });
      const { buildDuesNotice, duesNoticeTitle } = await import('../../documents/dues-notice');
      const bytes = await buildDuesNotice({ branchName, periodLabel: period.label, date: today, lines });
      await save(bytes, `${duesNoticeTitle({ branchName, periodLabel: period.label })}.docx`, WORD);
    } catch (error) {
      notify.error(error, '生成公示失败，请重试。');
    }
  };

  const ledger = async () => {
    try {
      const rows = data.members.flatMap((m) => {
        const facts = data.facts.get(m.id);
        return facts === undefined ? [] : [duesGridRow(m, facts, data.settings, year, currentMonth)];
      });
      const { buildDuesLedgerWorkbook } = await import('../../io/dues-xlsx');
      await save(
        await buildDuesLedgerWorkbook({ branchName, year, rows }),
        `${branchName}${String(year)}年度党费台账.xlsx`,
        EXCEL,
      );
    } catch (error) {
      notify.error(error, '导出台账失败，请重试。');
    }
  };

  const summary = async (format: 'word' | 'excel') => {
    try {
      const [branches, office] = await Promise.all([loadDuesYearSummary(db, year), getOfficeSettings(db)]);
      const name = `${String(year)}年度党费收缴上缴汇总`;
      if (format === 'word') {
        const { buildDuesHandUpReport } = await import('../../documents/dues-notice');
        await save(
          await buildDuesHandUpReport({ officeName: office.officeName, year, date: today, branches }),
          `${name}.docx`,
          WORD,
        );
      } else {
        const { buildDuesHandUpWorkbook } = await import('../../io/dues-xlsx');
        await save(await buildDuesHandUpWorkbook({ year, branches }), `${name}.xlsx`, EXCEL);
      }
    } catch (error) {
      notify.error(error, '导出上缴汇总失败，请重试。');
    }
  };

  const recordHandUp = async () => {
    const amount = parseYuanToFen(handUp.amount);
    if (!amount.ok) return setProblem(amount.message);
    if (!yearMonthSchema.safeParse(handUp.from).success || !yearMonthSchema.safeParse(handUp.to).success)
      return setProblem('月份格式应为 YYYY-MM');
    if (handUp.to < handUp.from) return setProblem('截止月份不能早于起始月份');
    if (handUp.date > today) return setProblem('上缴日期不能晚于今天');
    setProblem(null);
    try {
      await addDuesHandUp(db, {
        branchId,
        year,
        fromMonth: handUp.from,
        toMonth: handUp.to,
        amountFen: amount.fen,
        date: handUp.date,
        ...(handUp.receivedBy.trim() === '' ? {} : { receivedBy: handUp.receivedBy.trim() }),
      });
      notify.success(`已登记${branchName}上缴 ${handUp.amount} 元`);
      setHandUp((h) => ({ ...h, amount: '' }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            收缴公示与年度台账
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              select
              label="公示期间"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as DuesPeriodKind);
                setIndex(1);
              }}
              sx={{ width: 120 }}
            >
              <MenuItem value="month">按月</MenuItem>
              <MenuItem value="quarter">按季度</MenuItem>
            </TextField>
            <TextField
              select
              label={kind === 'month' ? '月份' : '季度'}
              value={String(index)}
              onChange={(e) => setIndex(Number(e.target.value))}
              sx={{ width: 120 }}
            >
              {Array.from({ length: kind === 'month' ? 12 : 4 }, (_, i) => (
                <MenuItem key={i} value={String(i + 1)}>
                  {kind === 'month' ? `${String(i + 1)}月` : `第${String(i + 1)}季度`}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="contained" onClick={() => void notice()}>
              生成收缴公示（Word）
            </Button>
            <Button variant="outlined" onClick={() => void ledger()}>
              导出年度台账（Excel）
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            上缴
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              label="起始月份"
              value={handUp.from}
              onChange={(e) => setHandUp({ ...handUp, from: e.target.value })}
              sx={{ width: 120 }}
            />
            <TextField
              label="截止月份"
              value={handUp.to}
              onChange={(e) => setHandUp({ ...handUp, to: e.target.value })}
              sx={{ width: 120 }}
            />
            <TextField
              label="上缴金额（元）"
              value={handUp.amount}
              onChange={(e) => setHandUp({ ...handUp, amount: e.target.value })}
              sx={{ width: 150 }}
            />
            <DateField
              label="上缴日期"
              value={handUp.date}
              onChange={(value) => setHandUp({ ...handUp, date: value })}
            />
            <TextField
              label="接收单位"
              value={handUp.receivedBy}
              onChange={(e) => setHandUp({ ...handUp, receivedBy: e.target.value })}
            />
            <Button variant="outlined" onClick={() => void recordHandUp()}>
              登记上缴
            </Button>
          </Stack>
          {problem === null ? null : (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <Button variant="contained" onClick={() => void summary('word')}>
              上缴汇总（Word）
            </Button>
            <Button variant="outlined" onClick={() => void summary('excel')}>
              上缴汇总（Excel）
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
