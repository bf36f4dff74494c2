import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { EvidenceInput } from '../../db/repositories/study-entry-repository';
import { addStudyEntry, updateStudyEntry } from '../../db/repositories/study-entry-repository';
import type { StudyEntry, StudyEntrySource } from '../../domain/entities/study-record';
import { studyEntrySchema, studyEntrySourceLabels, studyEntrySources } from '../../domain/entities/study-record';
import { getPlatform } from '../../platform/api';
import { DateField } from '../../ui/DateField';
import { useDiscardGuard } from '../../ui/use-discard-guard';

interface Form {
  date: string;
  source: StudyEntrySource;
  content: string;
  form: string;
  hours: string;
  organiser: string;
  note: string;
}

function toForm(entry: StudyEntry | undefined, defaultDate: string): Form {
  return {
    date: entry?.date ?? defaultDate,
    source: entry?.source ?? 'self-study',
    content: entry?.content ?? '',
    form: entry?.form ?? '',
    hours: entry === undefined ? '' : String(entry.hours),
    organiser: entry?.organiser ?? '',
    note: entry?.note ?? '',
  };
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

/** Add or edit one self-study / remote / training entry, with an optional evidence file. */
export function StudyEntryDialog({
  memberId,
  entry,
  defaultDate,
  onClose,
}: {
  memberId: string;
  entry?: StudyEntry;
  defaultDate: string;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [initial] = useState<Form>(() => toForm(entry, defaultDate));
  const [form, setForm] = useState<Form>(initial);
  const [evidence, setEvidence] = useState<EvidenceInput | undefined>();
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial) || evidence !== undefined;
  const guard = useDiscardGuard(dirty && !saving, onClose);
  const fields = {
    memberId,
    date: form.date,
    source: form.source,
    content: form.content,
    form: optional(form.form),
    hours: form.hours.trim() === '' ? Number.NaN : Number(form.hours),
    organiser: optional(form.organiser),
    note: optional(form.note),
    ...(entry?.evidenceFileId === undefined ? {} : { evidenceFileId: entry.evidenceFileId }),
  };
  const check = studyEntrySchema.safeParse({ ...fields, id: crypto.randomUUID(), createdAt: '', updatedAt: '' });
  const errors: Record<string, string> = {};
  if (!check.success) for (const issue of check.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const set = (key: keyof Form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  const save = async () => {
    setSaving(true);
    try {
      const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as typeof fields;
      if (entry === undefined) await addStudyEntry(db, clean, evidence);
      else await updateStudyEntry(db, entry.id, clean, evidence);
      notify.success('学习记录已保存，学时已更新');
      onClose();
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>{entry === undefined ? '添加学习记录' : '修改学习记录'}</DialogTitle>
      <DialogContent>
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          <Grid size={6}>
            <DateField
              label="日期"
              value={form.date}
              onChange={(date) => setForm((previous) => ({ ...previous, date }))}
              error={errors['date'] !== undefined}
              helperText={errors['date'] ?? ' '}
            />
          </Grid>
          <Grid size={6}>
            <TextField select label="类别" value={form.source} onChange={set('source')}>
              {studyEntrySources.map((source) => (
                <MenuItem key={source} value={source}>
                  {studyEntrySourceLabels[source]}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={12}>
            <TextField
              label="学习内容"
              value={form.content}
              onChange={set('content')}
              error={errors['content'] !== undefined}
              helperText={errors['content'] ?? ' '}
            />
          </Grid>
          <Grid size={6}>
            <TextField
              label="形式"
              placeholder="读书、观看专题片、线上课程…"
              value={form.form}
              onChange={set('form')}
            />
          </Grid>
          <Grid size={6}>
            <TextField
              label="学时"
              value={form.hours}
              onChange={set('hours')}
              error={errors['hours'] !== undefined}
              helperText={errors['hours'] ?? '可填 0.5 的倍数'}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          </Grid>
          <Grid size={12}>
            <TextField
              label={form.source === 'home-visit' ? '送学人' : '主办单位 / 组织者'}
              value={form.organiser}
              onChange={set('organiser')}
            />
          </Grid>
          <Grid size={12}>
            <TextField label="备注" value={form.note} onChange={set('note')} multiline minRows={2} />
          </Grid>
          <Grid size={12}>
            <Button
              variant="outlined"
              onClick={() => {
                getPlatform()
                  .openFile([{ name: '证明材料', extensions: ['jpg', 'jpeg', 'png', 'pdf', 'docx'] }], 20 * 1024 * 1024)
                  .then((file) => {
                    if (file !== null) setEvidence({ name: file.name, mimeType: mimeOf(file.name), bytes: file.bytes });
                  })
                  .catch((error: unknown) => notify.error(error));
              }}
            >
              选择证明材料（可选）
            </Button>
            <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 2 }}>
              {evidence?.name ?? (entry?.evidenceFileId === undefined ? '未附材料' : '已附材料')}
            </Typography>
          </Grid>
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={!check.success || saving} onClick={() => void save()}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function mimeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
  return types[ext] ?? 'application/octet-stream';
}
