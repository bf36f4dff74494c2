import {
  Alert,
  Autocomplete,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Grid,
  MenuItem,
  TextField,
} from '@mui/material';
import { FormDialog } from '../../ui/FormDialog';
import { useFormChanged } from '../../ui/use-form-changed';
import { useEffect, useState } from 'react';
import type { Courseware, CoursewareKind } from '../../domain/entities/courseware';
import { coursewareKindLabels, coursewareKinds, coursewareThemes } from '../../domain/entities/courseware';
import type { AudienceKey } from '../../domain/entities/lecturer';
import { audienceKeys, audienceLabels } from '../../domain/entities/lecturer';
import { formatDuration, formatFileSize } from '../../domain/rules/courseware-file';
import type { CoursewareFields } from '../../db/repositories/courseware-repository';
import type { ImportedFile } from '../../platform/api';
import { durationInput, parseDurationInput, probeMediaDuration } from './media';

/** A file just taken in, waiting for its details. */
export interface PendingFile {
  file: ImportedFile;
  kind: CoursewareKind;
  /** The bytes, for reading the length from the media metadata. */
  blob?: Blob;
}

function titleFromName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function CoursewareDialog({
  courseware,
  pending,
  onClose,
  onSave,
}: {
  courseware: Courseware | null;
  pending: PendingFile | null;
  onClose: () => void;
  onSave: (fields: CoursewareFields) => Promise<void>;
}) {
  const [title, setTitle] = useState(courseware?.title ?? (pending === null ? '' : titleFromName(pending.file.name)));
  const [kind, setKind] = useState<CoursewareKind>(courseware?.kind ?? pending?.kind ?? 'video');
  const [themes, setThemes] = useState<string[]>(courseware?.themes ?? []);
  const [audiences, setAudiences] = useState<AudienceKey[]>(courseware?.audiences ?? []);
  const [duration, setDuration] = useState(durationInput(courseware?.durationSeconds));
  const [source, setSource] = useState(courseware?.source ?? '');
  const [note, setNote] = useState(courseware?.note ?? '');
  const [probe, setProbe] = useState<'idle' | 'reading' | 'read' | 'failed'>(() =>
    pending?.blob !== undefined && (pending.kind === 'audio' || pending.kind === 'video') ? 'reading' : 'idle',
  );
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const blob = pending?.blob;
    if (blob === undefined || (pending?.kind !== 'audio' && pending?.kind !== 'video')) return;
    let live = true;
    void probeMediaDuration(blob, pending.kind).then((seconds) => {
      if (!live) return;
      if (seconds === undefined) {
        setProbe('failed');
      } else {
        setProbe('read');
        setDuration(durationInput(seconds));
      }
    });
    return () => {
      live = false;
    };
  }, [pending]);

  // The duration read from the media file is the form's own starting value, not a user's edit.
  const changed = useFormChanged({ title, kind, themes, audiences, duration, source, note }, probe !== 'reading');
  const seconds = parseDurationInput(duration);
  const durationError = Number.isNaN(seconds) ? '请按“分钟”或“分:秒”填写，如 45 或 12:30' : undefined;
  const titleError = title.trim() === '' ? '请填写标题' : title.length > 200 ? '标题不超过 200 个字' : undefined;
  const valid = titleError === undefined && durationError === undefined;

  return (
    <FormDialog
      title={courseware === null ? (pending === null ? '登记课件（无文件）' : '导入课件') : '编辑课件'}
      maxWidth="md"
      onClose={onClose}
      dirty={changed && !saving}
      submitDisabled={!valid || saving || probe === 'reading'}
      onSubmit={() => {
        setSaving(true);
        void onSave({
          title: title.trim(),
          kind,
          themes,
          audiences,
          ...(seconds === null || Number.isNaN(seconds) ? {} : { durationSeconds: seconds }),
          ...(source.trim() === '' ? {} : { source: source.trim() }),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        }).finally(() => setSaving(false));
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        {pending === null ? null : (
          <Grid size={12}>
            <Alert severity="info">
              文件：{pending.file.name}（{formatFileSize(pending.file.size)}）
              {probe === 'reading' ? '，正在读取时长…' : ''}
              {probe === 'read' && seconds !== null ? `，时长 ${formatDuration(seconds)}` : ''}
              {probe === 'failed' ? '，无法从文件读出时长，请手动填写。' : ''}
            </Alert>
          </Grid>
        )}
        <Grid size={8}>
          <TextField
            label="标题"
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={titleError !== undefined && title !== ''}
            helperText={title === '' ? undefined : titleError}
          />
        </Grid>
        <Grid size={4}>
          <TextField
            select
            label="类型"
            value={kind}
            onChange={(event) => setKind(event.target.value as CoursewareKind)}
            disabled={pending !== null || courseware?.fileId !== undefined}
          >
            {coursewareKinds.map((option) => (
              <MenuItem key={option} value={option}>
                {coursewareKindLabels[option]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <Autocomplete
            multiple
            freeSolo
            options={[...coursewareThemes]}
            value={themes}
            onChange={(_event, value) => setThemes(value.map((tag) => tag.trim()).filter((tag) => tag !== ''))}
            renderInput={(params) => <TextField {...params} label="主题标签" placeholder="选择或输入后回车" />}
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
                    checked={audiences.includes(key)}
                    onChange={(event) =>
                      setAudiences(
                        event.target.checked ? [...audiences, key] : audiences.filter((item) => item !== key),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        </Grid>
        <Grid size={4}>
          <TextField
            label="时长（分钟 或 分:秒）"
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
            error={durationError !== undefined}
            helperText={durationError ?? (seconds === null ? '文档类可不填' : formatDuration(seconds))}
          />
        </Grid>
        <Grid size={8}>
          <TextField
            label="来源"
            value={source}
            onChange={(event) => setSource(event.target.value)}
            placeholder="如：共产党员网、远程教育终端、区委组织部"
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="备注"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
