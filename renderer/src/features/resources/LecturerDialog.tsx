import { Autocomplete, Checkbox, FormControlLabel, FormGroup, FormLabel, Grid, TextField } from '@mui/material';
import { FormDialog } from '../../ui/FormDialog';
import { useFormChanged } from '../../ui/use-form-changed';
import { useState } from 'react';
import type { AudienceKey, Lecturer } from '../../domain/entities/lecturer';
import { audienceKeys, audienceLabels, lecturerSchema } from '../../domain/entities/lecturer';
import type { Member } from '../../domain/entities/member';
import type { LecturerFields } from '../../db/repositories/lecturer-repository';
import { splitTags } from './tags';

interface FormState {
  name: string;
  unit: string;
  title: string;
  subjects: string;
  audiences: AudienceKey[];
  phone: string;
  note: string;
  memberId: string;
}

function toForm(lecturer: Lecturer | null): FormState {
  return {
    name: lecturer?.name ?? '',
    unit: lecturer?.unit ?? '',
    title: lecturer?.title ?? '',
    subjects: lecturer?.subjects.join('、') ?? '',
    audiences: lecturer?.audiences ?? [],
    phone: lecturer?.phone ?? '',
    note: lecturer?.note ?? '',
    memberId: lecturer?.memberId ?? '',
  };
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

export function validateLecturerForm(form: FormState): { fields?: LecturerFields; errors: Record<string, string> } {
  const fields = {
    name: form.name,
    subjects: splitTags(form.subjects),
    audiences: form.audiences,
    ...Object.fromEntries(
      (['unit', 'title', 'phone', 'note', 'memberId'] as const).flatMap((key) => {
        const value = optional(form[key]);
        return value === undefined ? [] : [[key, value]];
      }),
    ),
  } as LecturerFields;
  const parsed = lecturerSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true }).safeParse(fields);
  if (parsed.success) return { fields: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { errors };
}

export function LecturerDialog({
  lecturer,
  members,
  onClose,
  onSave,
}: {
  lecturer: Lecturer | null;
  members: Member[];
  onClose: () => void;
  onSave: (fields: LecturerFields) => Promise<void>;
}) {
  const [form, setForm] = useState<FormState>(() => toForm(lecturer));
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged(form);
  const { fields, errors } = validateLecturerForm(form);
  const set = (key: keyof FormState) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const member = members.find((candidate) => candidate.id === form.memberId) ?? null;

  return (
    <FormDialog
      title={lecturer === null ? '添加讲师' : `编辑讲师：${lecturer.name}`}
      maxWidth="md"
      onClose={onClose}
      dirty={changed && !saving}
      submitDisabled={fields === undefined || saving}
      onSubmit={() => {
        if (fields === undefined) return;
        setSaving(true);
        void onSave(fields).finally(() => setSaving(false));
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={6}>
          <TextField
            label="姓名"
            required
            value={form.name}
            onChange={set('name')}
            error={errors['name'] !== undefined && form.name !== ''}
            helperText={form.name === '' ? undefined : errors['name']}
          />
        </Grid>
        <Grid size={6}>
          <Autocomplete
            options={members}
            value={member}
            getOptionLabel={(option) => option.name}
            onChange={(_event, value) =>
              setForm({
                ...form,
                memberId: value?.id ?? '',
                name: form.name === '' && value !== null ? value.name : form.name,
              })
            }
            renderInput={(params) => <TextField {...params} label="本社区党员（如是）" />}
          />
        </Grid>
        <Grid size={6}>
          <TextField
            label="单位"
            value={form.unit}
            onChange={set('unit')}
            placeholder="如：区委党校"
            error={errors['unit'] !== undefined}
            helperText={errors['unit']}
          />
        </Grid>
        <Grid size={6}>
          <TextField
            label="职务/职称"
            value={form.title}
            onChange={set('title')}
            placeholder="如：副教授、支部书记"
            error={errors['title'] !== undefined}
            helperText={errors['title']}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="擅长专题"
            value={form.subjects}
            onChange={set('subjects')}
            placeholder="用顿号或逗号分隔，如：党史、党章、基层治理"
            error={errors['subjects'] !== undefined}
            helperText={errors['subjects']}
          />
        </Grid>
        <Grid size={12}>
          <FormLabel component="legend">适合对象</FormLabel>
          <FormGroup row>
            {audienceKeys.map((key) => (
              <FormControlLabel
                key={key}
                label={audienceLabels[key]}
                control={
                  <Checkbox
                    checked={form.audiences.includes(key)}
                    onChange={(event) =>
                      setForm({
                        ...form,
                        audiences: event.target.checked
                          ? [...form.audiences, key]
                          : form.audiences.filter((item) => item !== key),
                      })
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        </Grid>
        <Grid size={6}>
          <TextField
            label="联系电话"
            value={form.phone}
            onChange={set('phone')}
            error={errors['phone'] !== undefined}
            helperText={errors['phone']}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="备注"
            value={form.note}
            onChange={set('note')}
            multiline
            minRows={2}
            error={errors['note'] !== undefined}
            helperText={errors['note']}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
