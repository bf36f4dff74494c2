import { Box, Button, Card, CardContent, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDatabase } from '../../app/database-context';
import { getActivity } from '../../db/repositories/activity-reads';
import { useNotify } from '../../app/notifications';
import { deleteActivity, getActivityAttendance, setActivityStatus } from '../../db/repositories/activity-repository';
import { activityStatusLabels } from '../../domain/entities/activity';
import { statusColor } from './ActivitiesPage';
import { ActivityFormDialog } from './ActivityFormDialog';
import { AttendanceEntry, attendanceVersion } from './AttendanceEntry';
import { isPartyLesson } from '../../documents/activity-documents';
import { ActivityDocumentButtons } from '../documents/ActivityDocumentButtons';
import { MaterialsCard } from './MaterialsCard';
import { MinutesForm } from './MinutesForm';
import { useActivityLookups } from './use-activity-lookups';

/** One activity: its details, the sign-in sheet, attendance, minutes and materials. */
export default function ActivityDetailPage() {
  const { id = '' } = useParams();
  const db = useDatabase();
  const notify = useNotify();
  const lookups = useActivityLookups();
  const activity = useLiveQuery(async () => (await getActivity(db, id)) ?? null, [db, id]);
  const rows = useLiveQuery(() => getActivityAttendance(db, id), [db, id]);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState(0);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const navigate = useNavigate();

  if (activity === null) return <Typography>活动不存在或已删除。</Typography>;
  if (activity === undefined || rows === undefined || lookups === undefined) return null;
  const facts: [string, string | undefined][] = [
    [
      '类型',
      [activity.typeId, ...(activity.combinedTypeIds ?? [])].map((id) => lookups.typeName(id)).join(' + ') +
        ((activity.combinedTypeIds ?? []).length > 0 ? '（合并召开，学时计一次）' : ''),
    ],
    ['组织单位', activity.orgUnitIds.map((unitId) => lookups.unitName(unitId)).join('、')],
    ['时间', `${activity.date} ${[activity.startTime, activity.endTime].filter(Boolean).join('—')}`],
    ['地点', activity.place],
    ['主持人', activity.hostName],
    ['记录人', activity.recorderName],
    ['主讲人', activity.lecturerName],
    ['形式', activity.form],
    ['学时', String(activity.hours)],
    ['应到人员', activity.expectedDescription],
    ['内容 / 议程', activity.content],
  ];
  const changeStatus = (status: 'cancelled' | 'planned') => {
    setActivityStatus(db, activity.id, status)
      .then(() => notify.success(status === 'cancelled' ? '活动已取消，考勤记录保留' : '活动已恢复为计划中'))
      .catch((error: unknown) => notify.error(error));
  };
  const remove = () => {
    setConfirmingDelete(false);
    deleteActivity(db, activity.id)
      .then(() => {
        notify.success('活动已移入回收站，可在“数据与备份 → 回收站”恢复');
        void navigate('/activities');
      })
      .catch((error: unknown) => notify.error(error));
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h5" component="h1">
          {activity.title}
        </Typography>
        <Chip label={activityStatusLabels[activity.status]} color={statusColor[activity.status]} />
        <Box sx={{ flexGrow: 1 }} />
        <Button component={RouterLink} to="/activities">
          返回列表
        </Button>
        <Button variant="outlined" onClick={() => setEditing(true)}>
          编辑
        </Button>
        <Button variant="contained" component={RouterLink} to={`/activities/${activity.id}/sheet`}>
          签到表
        </Button>
        {activity.status === 'cancelled' ? (
          <Button color="inherit" onClick={() => changeStatus('planned')}>
            恢复活动
          </Button>
        ) : (
          <Button color="warning" onClick={() => changeStatus('cancelled')}>
            取消活动
          </Button>
        )}
        <Button color="error" onClick={() => setConfirmingDelete(true)}>
          删除活动
        </Button>
      </Stack>
      {confirmingDelete && (
        <ConfirmDialog
          title="删除活动"
          message={`删除“${activity.title}”？它的签到与考勤记录随之移入回收站，不再计入党员学时；在“数据与备份 → 回收站”可以恢复。`}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={remove}
        />
      )}
      <Card variant="outlined">
        <CardContent>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', rowGap: 0.5, m: 0 }}>
            {facts
              .filter(([, value]) => value !== undefined && value.trim() !== '')
              .map(([label, value]) => (
                <Box key={label} sx={{ display: 'contents' }}>
                  <Typography component="dt" color="text.secondary">
                    {label}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
                    {value}
                  </Typography>
                </Box>
              ))}
          </Box>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            文书
          </Typography>
          <ActivityDocumentButtons
            activityId={activity.id}
            lesson={[activity.typeId, ...(activity.combinedTypeIds ?? [])].some((id) =>
              isPartyLesson(lookups.typeName(id)),
            )}
          />
        </CardContent>
      </Card>
      <Tabs value={tab} onChange={(_event, value: number) => setTab(value)}>
        <Tab label="考勤录入" />
        <Tab label="会议记录" />
        <Tab label="材料" />
      </Tabs>
      {tab === 0 ? (
        <AttendanceEntry
          key={`${attendanceVersion(rows)}:${activity.sheetSort ?? 'group'}:${activity.status}`}
          activity={activity}
          rows={rows}
          lookups={lookups}
        />
      ) : null}
      {tab === 1 ? <MinutesForm key={activity.minutes?.updatedAt ?? 'new'} activity={activity} rows={rows} /> : null}
      {tab === 2 ? <MaterialsCard activity={activity} /> : null}
      {editing ? (
        <ActivityFormDialog
          open
          activity={activity}
          lookups={lookups}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}
