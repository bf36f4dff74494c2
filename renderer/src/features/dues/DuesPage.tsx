import { Alert, CircularProgress, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { todayIso } from '../../domain/entities/dates';
import { YearPicker, yearsAround } from '../../ui/YearPicker';
import { DuesGrid } from './DuesGrid';
import { DuesImportCard } from './DuesImportCard';
import { DuesOutputsCard } from './DuesOutputsCard';
import { ProfilesTable } from './ProfilesTable';
import { useBranchDues, useBranches } from './use-dues';

type TabKey = 'grid' | 'profiles' | 'outputs' | 'import';

/** 党费: categories and bases, the member × month grid, 公示, ledger and 上缴汇总, import. */
export default function DuesPage() {
  const thisYear = Number(todayIso().slice(0, 4));
  const branches = useBranches();
  const [chosen, setChosen] = useState('');
  const [year, setYear] = useState(thisYear);
  const [tab, setTab] = useState<TabKey>('grid');
  const branchId = chosen !== '' ? chosen : (branches?.[0]?.id ?? '');
  const data = useBranchDues(branchId);
  const branchName = branches?.find((b) => b.id === branchId)?.name ?? '';

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        党费
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          label="党支部"
          value={branchId}
          onChange={(e) => setChosen(e.target.value)}
          sx={{ minWidth: 220 }}
          fullWidth={false}
        >
          {(branches ?? []).map((branch) => (
            <MenuItem key={branch.id} value={branch.id}>
              {branch.name}
            </MenuItem>
          ))}
        </TextField>
        <YearPicker value={year} onChange={setYear} years={yearsAround(thisYear)} />
      </Stack>
      <Tabs value={tab} onChange={(_, value: TabKey) => setTab(value)}>
        <Tab value="grid" label="收缴登记" />
        <Tab value="profiles" label="类别与基数" />
        <Tab value="outputs" label="公示、台账与上缴" />
        <Tab value="import" label="导入" />
      </Tabs>
      {branches !== undefined && branches.length === 0 ? (
        <Alert severity="info">还没有党支部：请先在“组织架构”中建立党支部。</Alert>
      ) : null}
      {data === undefined && branchId !== '' ? <CircularProgress aria-label="正在读取党费" /> : null}
      {data === undefined ? null : (
        <>
          {tab === 'grid' ? <DuesGrid key={`${branchId}-${String(year)}`} data={data} year={year} /> : null}
          {tab === 'profiles' ? <ProfilesTable key={`${branchId}-${String(year)}`} data={data} year={year} /> : null}
          {tab === 'outputs' ? (
            <DuesOutputsCard branchId={branchId} branchName={branchName} data={data} year={year} />
          ) : null}
          {tab === 'import' ? <DuesImportCard key={`${branchId}-${String(year)}`} data={data} year={year} /> : null}
        </>
      )}
    </Stack>
  );
}
