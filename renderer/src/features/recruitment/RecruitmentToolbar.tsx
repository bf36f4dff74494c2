import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveRecruitmentSettings } from '../../db/repositories/recruitment-repository';
import type { CaseRow } from '../../db/repositories/recruitment-repository';
import { LedgerExportButton } from './LedgerExportButton';
import { useRecruitmentSettings } from './use-recruitment';

/** The 公示 length setting and the yearly 发展党员台账. */
export function RecruitmentToolbar({ rows, branchNames }: { rows: CaseRow[]; branchNames: Map<string, string> }) {
  const db = useDatabase();
  const notify = useNotify();
  const settings = useRecruitmentSettings();
  const [edited, setDays] = useState<string | null>(null);
  const days = edited ?? (settings === undefined ? '' : String(settings.publicityDays));
  const dirty = settings !== undefined && days !== String(settings.publicityDays);

  const save = async () => {
    try {
      await saveRecruitmentSettings(db, { publicityDays: Number(days) });
      setDays(null);
      notify.success('已保存公示天数');
    } catch (error) {
      notify.error(error);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        label="公示天数（默认）"
        type="number"
        size="small"
        fullWidth={false}
        sx={{ width: 140 }}
        value={days}
        onChange={(event) => setDays(event.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: 1, max: 60 } }}
      />
      {dirty && (
        <Button size="small" onClick={() => void save()}>
          保存
        </Button>
      )}
      <LedgerExportButton rows={rows} branchNames={branchNames} />
    </Stack>
  );
}
