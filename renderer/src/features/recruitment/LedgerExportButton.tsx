import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { todayIso } from '../../domain/entities/dates';
import type { CaseRow } from '../../db/repositories/recruitment-repository';
import { membersByIds } from '../../db/repositories/recruitment-repository';
import { buildRecruitmentLedger } from '../../io/recruitment-ledger';
import { getPlatform } from '../../platform/api';

/** Exports the year's 发展党员台账 (Excel), every step's date per person. */
export function LedgerExportButton({ rows, branchNames }: { rows: CaseRow[]; branchNames: Map<string, string> }) {
  const db = useDatabase();
  const notify = useNotify();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);

  const exportLedger = async () => {
    try {
      const people = await membersByIds(
        db,
        rows.flatMap((row) => row.steps.flatMap((step) => step.memberIds ?? [])),
      );
      const names = new Map([...people].map(([id, person]) => [id, person.name]));
      const bytes = await buildRecruitmentLedger(rows, year, branchNames, names);
      const saved = await getPlatform().saveFile(bytes, `${year}年度发展党员台账.xlsx`, [
        { name: 'Excel 工作簿', extensions: ['xlsx'] },
      ]);
      if (saved !== null) notify.success('已导出发展党员台账');
    } catch (error) {
      notify.error(error, '导出失败，请重试。');
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        fullWidth={false}
        label="台账年度"
        value={year}
        onChange={(event) => setYear(Number(event.target.value))}
      >
        {years.map((value) => (
          <MenuItem key={value} value={value}>
            {value}年
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" onClick={() => void exportLedger()}>
        导出发展党员台账
      </Button>
    </Stack>
  );
}
