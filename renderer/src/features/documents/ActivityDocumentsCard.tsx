import { Autocomplete, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import type { LedgerDatabase } from '../../db/database';
import { listAllActivityTypes, recentActivities } from '../../db/repositories/activity-reads';
import { orgUnitsByIds } from '../../db/repositories/org-unit-reads';
import { isPartyLesson } from '../../documents/activity-documents';
import { chineseDate } from '../../documents/text-format';
import { ActivityDocumentButtons } from './ActivityDocumentButtons';

interface ActivityOption {
  id: string;
  label: string;
  lesson: boolean;
}

/**
 * The 500 most recent activities: enough to find any of this and last year's by typing. Each names its
 * organising branch, since every branch holds a 主题党日 the same month.
 */
async function activityOptions(db: LedgerDatabase): Promise<ActivityOption[]> {
  const [activities, types] = await Promise.all([recentActivities(db, 500), listAllActivityTypes(db)]);
  const typeNames = new Map(types.map((type) => [type.id, type.name]));
  const unitIds = [...new Set(activities.flatMap((activity) => activity.orgUnitIds))];
  const unitNames = new Map((await orgUnitsByIds(db, unitIds)).map((unit) => [unit.id, unit.name]));
  return activities.map((activity) => {
    const typeName = typeNames.get(activity.typeId) ?? '';
    const organisers = activity.orgUnitIds
      .map((id) => unitNames.get(id))
      .filter((name): name is string => name !== undefined)
      .join('、');
    return {
      id: activity.id,
      label: [chineseDate(activity.date), organisers, typeName, activity.title].filter((part) => part !== '').join(' '),
      lesson: isPartyLesson(typeName),
    };
  });
}

export function ActivityDocumentsCard() {
  const db = useDatabase();
  const options = useLiveQuery(() => activityOptions(db), [db]);
  const [chosen, setChosen] = useState<ActivityOption | null>(null);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          活动文书：通知、签到表、会议记录
        </Typography>
        <Stack spacing={2}>
          <Autocomplete
            options={options ?? []}
            value={chosen}
            onChange={(_event, value) => setChosen(value)}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText="没有活动：请先在“活动”里登记"
            renderInput={(params) => <TextField {...params} label="选择活动（可输入日期或主题查找）" />}
          />
          {chosen === null ? (
            <Typography color="text.secondary">选好活动后，可生成通知，保存签到表或会议记录。</Typography>
          ) : (
            <ActivityDocumentButtons activityId={chosen.id} lesson={chosen.lesson} />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
