import { Box, Button, Card, CardContent, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { getArchiveSettings, saveArchiveSettings } from '../../db/repositories/archive-settings-repository';
import type { ArchiveSettings, MidYearTargetRule } from '../../domain/entities/archive-settings';
import {
  archiveSettingsSchema,
  DEFAULT_ARCHIVE_SETTINGS,
  midYearTargetRuleLabels,
  midYearTargetRules,
} from '../../domain/entities/archive-settings';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFormChanged } from '../../ui/use-form-changed';

interface NumberField {
  key: string;
  label: string;
  unit: string;
  read: (s: ArchiveSettings) => number;
}

const NUMBER_FIELDS: NumberField[] = [
  {
    key: 'report-probationary',
    label: '预备党员思想汇报间隔',
    unit: '个月（0 为不要求）',
    read: (s) => s.thoughtReportMonths.预备党员,
  },
  {
    key: 'report-full',
    label: '正式党员思想汇报间隔',
    unit: '个月（0 为不要求）',
    read: (s) => s.thoughtReportMonths.正式党员,
  },
  { key: 'life-warn', label: '未参加组织生活提醒', unit: '个月', read: (s) => s.lifeWarnMonths },
  { key: 'life-alarm', label: '未参加组织生活警示', unit: '个月（须小于 6）', read: (s) => s.lifeAlarmMonths },
  { key: 'probation', label: '预备期届满提前提醒', unit: '天', read: (s) => s.probationWarnDays },
  { key: 'floating', label: '流动党员联系间隔', unit: '个月', read: (s) => s.floatingContactMonths },
  { key: 'w-hours', label: '考核权重：学时达标率', unit: '', read: (s) => s.checkWeights.hours },
  { key: 'w-attendance', label: '考核权重：出勤率', unit: '', read: (s) => s.checkWeights.attendance },
  { key: 'w-meetings', label: '考核权重：三会一课完成率', unit: '', read: (s) => s.checkWeights.meetings },
];

type Form = Record<string, string> & { rule: MidYearTargetRule };

function toForm(settings: ArchiveSettings): Form {
  const form: Form = {
    rule: settings.midYearTargetRule,
    'self-study': settings.selfStudyCountsTowardTarget ? 'yes' : 'no',
  };
  for (const field of NUMBER_FIELDS) form[field.key] = String(field.read(settings));
  return form;
}

function num(text: string | undefined): number {
  return text === undefined || text.trim() === '' ? Number.NaN : Number(text);
}

export function parseArchiveForm(form: Form) {
  return archiveSettingsSchema.safeParse({
    midYearTargetRule: form.rule,
    selfStudyCountsTowardTarget: form['self-study'] === 'yes',
    thoughtReportMonths: { 预备党员: num(form['report-probationary']), 正式党员: num(form['report-full']) },
    lifeWarnMonths: num(form['life-warn']),
    lifeAlarmMonths: num(form['life-alarm']),
    probationWarnDays: num(form['probation']),
    floatingContactMonths: num(form['floating']),
    checkWeights: {
      hours: num(form['w-hours']),
      attendance: num(form['w-attendance']),
      meetings: num(form['w-meetings']),
    },
  });
}

const PATH_TO_FIELD: Record<string, string> = {
  'thoughtReportMonths.预备党员': 'report-probationary',
  'thoughtReportMonths.正式党员': 'report-full',
  lifeWarnMonths: 'life-warn',
  lifeAlarmMonths: 'life-alarm',
  probationWarnDays: 'probation',
  floatingContactMonths: 'floating',
  'checkWeights.hours': 'w-hours',
  'checkWeights.attendance': 'w-attendance',
  'checkWeights.meetings': 'w-meetings',
};

function ArchiveSettingsForm({ saved }: { saved: ArchiveSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const [form, setForm] = useState<Form>(() => toForm(saved));
  const changed = useFormChanged(form);
  const parsed = parseArchiveForm(form);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = PATH_TO_FIELD[issue.path.join('.')];
      if (field !== undefined) errors[field] ??= issue.message;
    }
  }
  const dirty = JSON.stringify(form) !== JSON.stringify(toForm(saved));
  const defaults = toForm(DEFAULT_ARCHIVE_SETTINGS);

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.success) return;
        saveArchiveSettings(db, parsed.data).then(
          () => notify.success('学习档案与预警设置已保存'),
          (error: unknown) => notify.error(error, '保存失败，请重试。'),
        );
      }}
    >
      <LeaveGuard when={changed} />
      <Grid container spacing={2}>
        <Grid size={12}>
          <TextField
            select
            label="年中入党党员的学时目标"
            value={form.rule}
            onChange={(event) => setForm((f) => ({ ...f, rule: event.target.value as MidYearTargetRule }))}
            helperText={`默认：${midYearTargetRuleLabels[DEFAULT_ARCHIVE_SETTINGS.midYearTargetRule]}。学习档案中会注明所用规则。`}
          >
            {midYearTargetRules.map((rule) => (
              <MenuItem key={rule} value={rule}>
                {midYearTargetRuleLabels[rule]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <TextField
            select
            label="自学计入年度学时目标"
            value={form['self-study'] ?? 'no'}
            onChange={(event) => setForm((f) => ({ ...f, 'self-study': event.target.value }))}
            helperText="《党员教育管理工作条例》第二十条要求每年集中学习培训不少于 32 学时；个人自学、远程教育是否计入由本地规定。默认：不计入。学习档案、学习记录表和年度考核均分列集中与自学学时。"
          >
            <MenuItem value="no">不计入（只计集中学习培训）</MenuItem>
            <MenuItem value="yes">计入（集中 + 自学）</MenuItem>
          </TextField>
        </Grid>
        {NUMBER_FIELDS.map((field) => (
          <Grid key={field.key} size={{ xs: 12, md: 4 }}>
            <TextField
              label={field.label}
              value={form[field.key]}
              onChange={(event) => setForm((f) => ({ ...f, [field.key]: event.target.value }))}
              error={errors[field.key] !== undefined}
              helperText={
                errors[field.key] ?? `${field.unit}${field.unit === '' ? '' : '；'}默认 ${defaults[field.key] ?? ''}`
              }
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Grid>
        ))}
      </Grid>
      <Box sx={{ mt: 2, display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={!parsed.success || !dirty}>
          保存预警设置
        </Button>
        <Button onClick={() => setForm(toForm(DEFAULT_ARCHIVE_SETTINGS))}>恢复默认值</Button>
      </Box>
    </Box>
  );
}

/** The archive's rules on the settings page: targets for new members, warning thresholds, check weights. */
export function ArchiveSettingsCard() {
  const db = useDatabase();
  const saved = useLiveQuery(() => getArchiveSettings(db), [db]);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          学习档案与预警
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          党章规定连续六个月不参加组织生活视为自行脱党，系统在此之前提醒；思想汇报频次、考核权重等为本地做法，可按实际调整。
        </Typography>
        {saved === undefined ? null : <ArchiveSettingsForm key={JSON.stringify(saved)} saved={saved} />}
      </CardContent>
    </Card>
  );
}
