import { Alert, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { IntegrityReport } from '../../db/repositories/integrity-repository';
import { checkIntegrity, repairIntegrity } from '../../db/repositories/integrity-repository';

/** 数据检查: references that point nowhere, and yearly summaries against a recount. */
export function IntegrityCheck() {
  const db = useDatabase();
  const notify = useNotify();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [busy, setBusy] = useState(false);
  const clean = report !== null && report.references.length === 0 && report.summaryMismatches === 0;
  const repairable =
    report !== null && (report.summaryMismatches > 0 || report.references.some((p) => p.rule.repairable));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify.error(error, '检查失败，数据未改动。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        检查签到、职务、党员之间的对应关系，并把每人每年的学时汇总与签到记录重新核算对比。检查本身不改动任何数据。
      </Typography>
      <Stack direction="row" spacing={2}>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => void run(async () => setReport(await checkIntegrity(db)))}
        >
          开始检查
        </Button>
        {repairable ? (
          <Button
            color="warning"
            variant="outlined"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await repairIntegrity(db, report);
                setReport(await checkIntegrity(db));
                notify.success('已修复可自动修复的问题');
              })
            }
          >
            自动修复
          </Button>
        ) : null}
      </Stack>
      {busy ? <Typography role="status">正在检查…</Typography> : null}
      {clean ? <Alert severity="success">数据检查通过：对应关系完整，学时汇总与签到记录一致。</Alert> : null}
      {report !== null && !clean ? (
        <List data-testid="integrity-report">
          {report.references.map((problem) => (
            <ListItem key={`${problem.rule.table}.${problem.rule.field}`}>
              <ListItemText
                primary={`${problem.rule.label}：${problem.count} 条`}
                secondary={`${problem.rule.repairable ? '可自动修复（移入回收站）' : '请到相应页面核对修改'}；例：${problem.examples.slice(0, 5).join('、')}`}
              />
            </ListItem>
          ))}
          {report.summaryMismatches > 0 ? (
            <ListItem>
              <ListItemText
                primary={`学时汇总与签到记录不一致：${report.summaryMismatches} 人·年`}
                secondary="可自动修复（重新核算）"
              />
            </ListItem>
          ) : null}
        </List>
      ) : null}
    </Stack>
  );
}
