import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { useAppInfo } from '../../app/use-app-info';
import { buildStreetSummary } from '../../db/repositories/street-summary-repository';
import { todayIso } from '../../domain/entities/dates';
import { STREET_SUMMARY_EXTENSION } from '../../domain/entities/street-summary';
import { encodeStreetSummary, streetSummaryFileName } from '../../io/street-summary-file';
import { getPlatform } from '../../platform/api';
import { YearPicker, yearsAround } from '../../ui/YearPicker';
import { useOfficeName } from './use-street';

/** The community's side: its yearly figures as a small package for the street office, on a USB stick. */
export function ReportToStreetPanel() {
  const db = useDatabase();
  const notify = useNotify();
  const info = useAppInfo();
  const officeName = useOfficeName();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  /** null until the user types: the office's name shows meanwhile. */
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const community = typed ?? officeName ?? '';
  const name = community.trim();

  const exportPackage = async () => {
    setBusy(true);
    try {
      const summary = await buildStreetSummary(db, year, today, name, info?.version ?? '');
      const bytes = await encodeStreetSummary(summary);
      const saved = await getPlatform().saveFile(bytes, streetSummaryFileName(summary), [
        { name: '社区汇总包', extensions: [STREET_SUMMARY_EXTENSION] },
      ]);
      if (saved !== null) notify.success(`已导出 ${summary.branches.length} 个党支部的汇总包：${saved.name}`);
    } catch (error) {
      notify.error(error, '导出汇总包失败，请重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Typography>
        把本社区一年的党员教育情况导出为一个很小的“社区汇总包”（.pdsum），用 U 盘交给街道党工委。
        汇总包按党支部和月份记录党员人数、三会一课已开与应开次数、学时达标人数、出勤人次和各类预警的人数，
        <strong>不含任何党员的姓名、身份证号、电话或住址</strong>。
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <YearPicker value={year} onChange={setYear} years={yearsAround(thisYear)} />
        <TextField
          label="社区名称"
          value={community}
          onChange={(event) => setTyped(event.target.value)}
          sx={{ minWidth: 320 }}
          helperText="街道汇总表上显示的名称，默认取“设置”中的本单位名称"
          error={name === ''}
        />
      </Stack>
      {name === '' && <Alert severity="warning">请先填写社区名称（或在“设置 → 本单位信息”中填写单位名称）。</Alert>}
      <div>
        <Button variant="contained" disabled={busy || name === ''} onClick={() => void exportPackage()}>
          导出汇总包（报街道）
        </Button>
      </div>
    </Stack>
  );
}
