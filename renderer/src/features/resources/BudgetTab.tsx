import {
  Button,
  Card,
  CardContent,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import {
  addSpending,
  budgetLinesOfYear,
  deleteSpending,
  spendingsOfYear,
} from '../../db/repositories/budget-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { todayIso } from '../../domain/entities/dates';
import { summariseBudget } from '../../domain/rules/budget';
import { formatFen } from '../../domain/rules/money';
import { getPlatform } from '../../platform/api';
import { BudgetLinesCard } from './BudgetLinesCard';
import { loadStoredFile, storedFileBlob } from './media';
import { SpendingDialog } from './SpendingDialog';
import { useActivities } from './use-resource-data';
import { YearPicker, yearsAround } from '../../ui/YearPicker';

function Figure({ label, fen, testId, negative }: { label: string; fen: number; testId: string; negative?: boolean }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography color="text.secondary">{label}</Typography>
        <Typography
          variant="h5"
          component="p"
          data-testid={testId}
          color={negative === true ? 'error' : 'text.primary'}
        >
          {formatFen(fen)} 元
        </Typography>
      </CardContent>
    </Card>
  );
}

/** 党员教育经费: budget by source, spending, balance, spend per activity; exported as .xlsx. */
export function BudgetTab() {
  const db = useDatabase();
  const notify = useNotify();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);
  const lines = useLiveQuery(() => budgetLinesOfYear(db, year), [db, year]);
  const spendings = useLiveQuery(() => spendingsOfYear(db, year), [db, year]);
  const activities = useActivities(`${year - 1}-01-01`);
  const titles = new Map(activities.map((activity) => [activity.id, `${activity.date} ${activity.title}`]));
  const summary = summariseBudget(year, lines ?? [], spendings ?? []);

  const exportExcel = async () => {
    try {
      const [{ buildBudgetWorkbook }, office] = await Promise.all([
        import('../../io/budget-xlsx'),
        getOfficeSettings(db),
      ]);
      const bytes = await buildBudgetWorkbook({
        officeName: office.officeName,
        year,
        lines: lines ?? [],
        spendings: spendings ?? [],
        activityTitles: titles,
      });
      const saved = await getPlatform().saveFile(bytes, `${year}年度党员教育经费.xlsx`, [
        { name: 'Excel 工作簿', extensions: ['xlsx'] },
      ]);
      if (saved !== null) notify.success(`已导出“${saved.name}”`);
    } catch (error) {
      notify.error(error, '导出失败，请重试。');
    }
  };

  const openReceipt = async (fileId: string) => {
    try {
      const file = await loadStoredFile(db, fileId);
      const platform = getPlatform();
      if (platform.canOpenWithSystem && file.storedPath !== undefined) await platform.openWithSystem(file.storedPath);
      else
        await platform.saveFile(new Uint8Array(await (await storedFileBlob(file)).arrayBuffer()), file.name, [
          { name: '票据', extensions: ['*'] },
        ]);
    } catch (error) {
      notify.error(error, '无法打开票据。');
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <YearPicker value={year} onChange={setYear} years={yearsAround(thisYear)} />
        <Button variant="contained" onClick={() => setAdding(true)}>
          登记支出
        </Button>
        <Button variant="outlined" onClick={() => void exportExcel()}>
          导出 Excel
        </Button>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure label={`${year} 年预算合计`} fen={summary.budgetFen} testId="budget-total" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure label="已支出" fen={summary.spentFen} testId="budget-spent" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure label="结余" fen={summary.balanceFen} testId="budget-balance" negative={summary.balanceFen < 0} />
        </Grid>
      </Grid>
      <BudgetLinesCard year={year} lines={lines ?? []} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            支出明细
          </Typography>
          {(spendings ?? []).length === 0 ? (
            <Typography color="text.secondary">{year} 年还没有支出记录。</Typography>
          ) : (
            <Table size="small" aria-label="支出明细">
              <TableHead>
                <TableRow>
                  <TableCell>日期</TableCell>
                  <TableCell>事项</TableCell>
                  <TableCell align="right">金额（元）</TableCell>
                  <TableCell>关联活动</TableCell>
                  <TableCell>票据</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {(spendings ?? []).map((spending) => (
                  <TableRow key={spending.id}>
                    <TableCell>{spending.date}</TableCell>
                    <TableCell>{spending.item}</TableCell>
                    <TableCell align="right">{formatFen(spending.amountFen)}</TableCell>
                    <TableCell>
                      {spending.activityId === undefined ? '' : (titles.get(spending.activityId) ?? '（已删除的活动）')}
                    </TableCell>
                    <TableCell>
                      {spending.receiptFileId === undefined ? (
                        '无'
                      ) : (
                        <Button size="small" onClick={() => void openReceipt(spending.receiptFileId ?? '')}>
                          查看
                        </Button>
                      )}
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        color="error"
                        onClick={() =>
                          void deleteSpending(db, spending.id).catch((error: unknown) => notify.error(error))
                        }
                      >
                        删除
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {summary.byActivity.size === 0 ? null : (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              按活动统计
            </Typography>
            <Table size="small" aria-label="按活动统计">
              <TableBody>
                {[...summary.byActivity].map(([activityId, fen]) => (
                  <TableRow key={activityId}>
                    <TableCell>
                      {activityId === '' ? '（未关联活动）' : (titles.get(activityId) ?? '（已删除的活动）')}
                    </TableCell>
                    <TableCell align="right">{formatFen(fen)} 元</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
      {adding ? (
        <SpendingDialog
          year={year}
          activities={activities}
          onClose={() => setAdding(false)}
          onError={(error) => notify.error(error, '无法读取该文件。')}
          onSave={async (fields, receipt) => {
            try {
              await addSpending(db, fields, receipt);
              notify.success(`已登记支出 ${formatFen(fields.amountFen)} 元`);
              setAdding(false);
              setYear(fields.year);
            } catch (error) {
              notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
            }
          }}
        />
      ) : null}
    </Stack>
  );
}
