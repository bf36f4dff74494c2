import { Box, Button, Card, CardContent, FormControlLabel, Grid, Switch, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { getDocumentTemplates, saveDocumentTemplates } from '../../db/repositories/document-settings-repository';
import type { DocumentTemplateSettings } from '../../domain/entities/document-settings';
import { documentTemplateSettingsSchema } from '../../domain/entities/document-settings';
import { LeaveGuard } from '../../ui/LeaveGuard';

function TemplatesForm({ saved }: { saved: DocumentTemplateSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const [form, setForm] = useState(saved);
  const parsed = documentTemplateSettingsSchema.safeParse(form);
  const errors = new Map(
    parsed.success ? [] : parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
  );
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const field = (
    key: 'addressee' | 'requirements' | 'contactPerson' | 'contactPhone',
    label: string,
    helper: string,
  ) => (
    <TextField
      label={label}
      name={key}
      value={form[key]}
      multiline={key === 'requirements'}
      minRows={key === 'requirements' ? 3 : undefined}
      onChange={(event) => setForm((previous) => ({ ...previous, [key]: event.target.value }))}
      error={errors.has(key)}
      helperText={errors.get(key) ?? helper}
    />
  );
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.success) return;
        saveDocumentTemplates(db, parsed.data)
          .then(() => notify.success('文书模板已保存'))
          .catch((error: unknown) => notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。'));
      }}
    >
      <LeaveGuard when={JSON.stringify(form) !== JSON.stringify(saved)} />
      <Grid container spacing={2}>
        <Grid size={12}>
          {field('addressee', '默认主送', '通知开头的主送单位，如“各党支部、全体党员”，冒号自动加上')}
        </Grid>
        <Grid size={12}>{field('requirements', '默认“有关要求”', '每行一条，通知里自动编为（一）（二）……')}</Grid>
        <Grid size={{ xs: 12, md: 6 }}>{field('contactPerson', '通知联络人', '留空则用“本单位信息”里的联系人')}</Grid>
        <Grid size={{ xs: 12, md: 6 }}>{field('contactPhone', '通知联络电话', '留空则用“本单位信息”里的电话')}</Grid>
        <Grid size={12}>
          <FormControlLabel
            control={
              <Switch
                checked={form.issuerMark}
                onChange={(event) => setForm((previous) => ({ ...previous, issuerMark: event.target.checked }))}
              />
            }
            label="通知标题上方印红色发文机关标志（单位名称和红线）"
          />
        </Grid>
      </Grid>
      <Box sx={{ mt: 2, display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={!parsed.success || !dirty}>
          保存文书模板
        </Button>
        <Button disabled={!dirty} onClick={() => setForm(saved)}>
          撤销修改
        </Button>
      </Box>
    </Box>
  );
}

/** Settings card: the defaults every new notice starts with (落款 comes from 本单位信息). */
export function DocumentTemplatesCard() {
  const db = useDatabase();
  const saved = useLiveQuery(() => getDocumentTemplates(db), [db]);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          文书模板
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          新生成的通知从这里取主送、有关要求和联系人；落款用“本单位信息”里的单位名称。每份通知保存前还可以单独修改。
        </Typography>
        {saved === undefined ? null : <TemplatesForm key={JSON.stringify(saved)} saved={saved} />}
      </CardContent>
    </Card>
  );
}
