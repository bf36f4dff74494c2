import { Box, Button, Grid, TextField } from '@mui/material';
import { useState } from 'react';
import type { OfficeSettings } from '../../domain/entities/settings';
import { officeSettingsSchema } from '../../domain/entities/settings';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFormChanged } from '../../ui/use-form-changed';

type FieldErrors = Partial<Record<keyof OfficeSettings, string>>;

interface FormState {
  officeName: string;
  address: string;
  contactPerson: string;
  contactPhone: string;
  hoursTargetMember: string;
  hoursTargetCadre: string;
}

function toForm(settings: OfficeSettings): FormState {
  return {
    ...settings,
    hoursTargetMember: String(settings.hoursTargetMember),
    hoursTargetCadre: String(settings.hoursTargetCadre),
  };
}

function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function validateOfficeForm(form: FormState): { settings?: OfficeSettings; errors: FieldErrors } {
  const parsed = officeSettingsSchema.safeParse({
    ...form,
    hoursTargetMember: parseNumber(form.hoursTargetMember),
    hoursTargetCadre: parseNumber(form.hoursTargetCadre),
  });
  if (parsed.success) return { settings: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof OfficeSettings;
    errors[field] ??= issue.message;
  }
  return { errors };
}

const FIELDS: { key: keyof FormState; label: string; placeholder?: string; width: number; numeric?: boolean }[] = [
  { key: 'officeName', label: '单位名称（落款）', placeholder: '中共××社区委员会', width: 12 },
  { key: 'address', label: '地址', placeholder: '××区××街道××路××号', width: 12 },
  { key: 'contactPerson', label: '联系人', width: 6 },
  { key: 'contactPhone', label: '联系电话', placeholder: '023-12345678 或 13800000000', width: 6 },
  { key: 'hoursTargetMember', label: '党员年度学时目标', width: 6, numeric: true },
  { key: 'hoursTargetCadre', label: '支部书记、委员年度学时目标', width: 6, numeric: true },
];

export function OfficeSettingsForm({
  saved,
  onSave,
}: {
  saved: OfficeSettings;
  onSave: (settings: OfficeSettings) => Promise<void>;
}) {
  const [form, setForm] = useState<FormState>(() => toForm(saved));
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged(form);
  const { settings, errors } = validateOfficeForm(form);
  const dirty = JSON.stringify(form) !== JSON.stringify(toForm(saved));

  const submit = async () => {
    if (settings === undefined) return;
    setSaving(true);
    try {
      await onSave(settings);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <LeaveGuard when={changed && !saving} />
      <Grid container spacing={2}>
        {FIELDS.map((field) => (
          <Grid key={field.key} size={{ xs: 12, md: field.width }}>
            <TextField
              label={field.label}
              name={field.key}
              value={form[field.key]}
              placeholder={field.placeholder}
              onChange={(event) => setForm((previous) => ({ ...previous, [field.key]: event.target.value }))}
              error={errors[field.key] !== undefined}
              helperText={errors[field.key] ?? (field.numeric === true ? '单位：学时' : ' ')}
              slotProps={{ htmlInput: field.numeric === true ? { inputMode: 'decimal' } : {} }}
            />
          </Grid>
        ))}
      </Grid>
      <Box sx={{ mt: 2, display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={settings === undefined || !dirty || saving}>
          保存
        </Button>
        <Button disabled={!dirty || saving} onClick={() => setForm(toForm(saved))}>
          撤销修改
        </Button>
      </Box>
    </Box>
  );
}
