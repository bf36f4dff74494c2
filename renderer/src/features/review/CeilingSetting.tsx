import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveLedgerSettings } from '../../db/repositories/ledger-settings-repository';
import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import { ledgerSettingsSchema } from '../../domain/entities/ledger-settings';

/** The 优秀 share ceiling (a local setting, DOMAIN.md): exceeding it warns, it never refuses. */
export function CeilingSetting({ settings }: { settings: LedgerSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const [text, setText] = useState(String(settings.excellentCeilingPercent));
  const candidate = { ...settings, excellentCeilingPercent: text.trim() === '' ? Number.NaN : Number(text) };
  const check = ledgerSettingsSchema.safeParse(candidate);
  const error = check.success ? undefined : check.error.issues[0]?.message;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label="优秀比例上限（%）"
        value={text}
        onChange={(e) => setText(e.target.value)}
        sx={{ width: 180 }}
        error={error !== undefined}
        {...(error === undefined ? {} : { helperText: error })}
      />
      <Button
        variant="outlined"
        disabled={!check.success || candidate.excellentCeilingPercent === settings.excellentCeilingPercent}
        onClick={() => {
          if (!check.success) return;
          saveLedgerSettings(db, check.data).then(
            () => notify.success('已保存优秀比例上限'),
            (e: unknown) => notify.error(e),
          );
        }}
        sx={{ mt: 1 }}
      >
        保存上限
      </Button>
    </Stack>
  );
}
