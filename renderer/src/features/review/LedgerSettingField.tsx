import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveLedgerSettings } from '../../db/repositories/ledger-settings-repository';
import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import { ledgerSettingsSchema } from '../../domain/entities/ledger-settings';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** One number of the ledgers' local settings (优秀 ceiling, service-hours target), checked by its schema. */
export function LedgerSettingField({
  settings,
  field,
  label,
}: {
  settings: LedgerSettings;
  field: keyof LedgerSettings;
  label: string;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [text, setText] = useState(String(settings[field]));
  const candidate = { ...settings, [field]: text.trim() === '' ? Number.NaN : Number(text) };
  const check = ledgerSettingsSchema.safeParse(candidate);
  const error = check.success ? undefined : check.error.issues[0]?.message;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <LeaveGuard when={text !== String(settings[field])} />
      <TextField
        label={label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        sx={{ width: 200 }}
        error={error !== undefined}
        {...(error === undefined ? {} : { helperText: error })}
      />
      <Button
        variant="outlined"
        disabled={!check.success || candidate[field] === settings[field]}
        onClick={() => {
          if (!check.success) return;
          saveLedgerSettings(db, check.data).then(
            () => notify.success(`已保存${label}`),
            (e: unknown) => notify.error(e),
          );
        }}
        sx={{ mt: 1 }}
      >
        保存
      </Button>
    </Stack>
  );
}
