import { Card, CardContent, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { useAppInfo } from '../../app/use-app-info';
import { useDisplayPreferences } from '../../app/use-display-preferences';
import { getOfficeSettings, saveOfficeSettings } from '../../db/repositories/settings-repository';
import { ArchiveSettingsCard } from '../archive/ArchiveSettingsCard';
import { DuesSettingsCard } from '../dues/DuesSettingsCard';
import { ActivityTypesCard } from '../activities/ActivityTypesCard';
import { SampleDataCard } from '../sample-data/SampleDataCard';
import { DocumentTemplatesCard } from '../documents/DocumentTemplatesCard';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { SafetySettingsCard } from '../lock/SafetySettingsCard';
import { StorageCard } from '../storage/StorageCard';

export default function SettingsPage() {
  const db = useDatabase();
  const notify = useNotify();
  const office = useLiveQuery(() => getOfficeSettings(db), [db]);
  const [display, saveDisplay] = useDisplayPreferences();
  const info = useAppInfo();

  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h1">
        设置
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            本单位信息
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            单位名称、联系人和电话会印在通知、签到表等文书上；学时目标用于学习档案和年度考核。
          </Typography>
          {office === undefined ? null : (
            <OfficeSettingsForm
              key={JSON.stringify(office)}
              saved={office}
              onSave={async (settings) => {
                try {
                  await saveOfficeSettings(db, settings);
                  notify.success('本单位信息已保存');
                } catch (error) {
                  notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
                }
              }}
            />
          )}
        </CardContent>
      </Card>
      <ArchiveSettingsCard />
      <DuesSettingsCard />
      <DocumentTemplatesCard />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            显示
          </Typography>
          <FormControlLabel
            control={
              <Switch
                checked={display.largeType}
                onChange={(event) => {
                  saveDisplay({ ...display, largeType: event.target.checked }).catch((error: unknown) =>
                    notify.error(error),
                  );
                }}
                slotProps={{ input: { 'aria-label': '大字模式' } }}
              />
            }
            label="大字模式（字号加大，便于阅读）"
          />
        </CardContent>
      </Card>
      <ActivityTypesCard />
      <SampleDataCard />
      <SafetySettingsCard />
      <StorageCard />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            关于本机
          </Typography>
          <Typography>版本：{info?.version ?? '—'}</Typography>
          <Typography>数据位置：{info?.dataFolder ?? '—'}</Typography>
          <Typography>运行环境：{info?.platform ?? '—'}</Typography>
        </CardContent>
      </Card>
    </Stack>
  );
}
