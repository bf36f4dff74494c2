import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { BackupReminder } from '../backup/BackupReminder';
import { getOfficeSettings } from '../../db/repositories/settings-repository';

/** The office's to-do list: what needs doing now, each line leading to where it is done. */
export default function OverviewPage() {
  const db = useDatabase();
  const office = useLiveQuery(() => getOfficeSettings(db), [db]);
  const missingOfficeDetails = office !== undefined && (office.officeName === '' || office.contactPerson === '');

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        概览
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            待办事项
          </Typography>
          <Stack spacing={1} data-testid="todo-list">
            <BackupReminder />
            {missingOfficeDetails ? (
              <Alert
                severity="info"
                action={
                  <Button component={RouterLink} to="/settings" color="inherit" size="small">
                    去填写
                  </Button>
                }
              >
                请先在“设置”中填写本单位名称、联系人和电话，文书落款会用到它们。
              </Alert>
            ) : null}
            {office !== undefined && !missingOfficeDetails ? (
              <Alert severity="success">{office.officeName}：目前没有待办事项。</Alert>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
