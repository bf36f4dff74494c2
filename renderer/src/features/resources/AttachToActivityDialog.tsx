import { DialogContentText, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { FormDialog } from '../../ui/FormDialog';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { attachCoursewareToActivity } from '../../db/repositories/courseware-repository';
import { activityStatusLabels } from '../../domain/entities/activity';
import type { Courseware } from '../../domain/entities/courseware';
import { coursewareHours, formatDuration, isRemoteEducation } from '../../domain/rules/courseware-file';
import { useActivities, useActivityTypes } from './use-resource-data';

/** Records that an activity (usually 远程教育) played this courseware; its length becomes the activity's 学时. */
export function AttachToActivityDialog({ courseware, onClose }: { courseware: Courseware; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const activities = useActivities();
  const types = new Map(useActivityTypes().map((type) => [type.id, type.name]));
  const [remoteOnly, setRemoteOnly] = useState(true);
  const [activityId, setActivityId] = useState('');
  const [saving, setSaving] = useState(false);
  const remote = activities.filter((activity) => isRemoteEducation(types.get(activity.typeId), activity.form));
  const shown = remoteOnly && remote.length > 0 ? remote : activities;
  const hours = coursewareHours(courseware.durationSeconds ?? 0);

  return (
    <FormDialog
      title={<>用于活动：{courseware.title}</>}
      maxWidth="sm"
      onClose={onClose}
      submitLabel="确定"
      submitDisabled={activityId === '' || saving}
      onSubmit={() => {
        setSaving(true);
        attachCoursewareToActivity(db, activityId, courseware.id)
          .then((result) => {
            notify.success(
              `已用于活动“${result.activity.title}”，活动学时为 ${result.activity.hours}` +
                (result.recredited > 0 ? `，已为 ${result.recredited} 名出席人员重新计入学时` : ''),
            );
            onClose();
          })
          .catch((error: unknown) => notify.error(error, '未能保存，请重试。'))
          .finally(() => setSaving(false));
      }}
    >
      <DialogContentText sx={{ mb: 2 }}>
        {courseware.durationSeconds === undefined
          ? '这条课件没有填写时长，用于活动后不改变活动学时。'
          : `时长 ${formatDuration(courseware.durationSeconds)}，折合 ${hours} 学时。用于活动后，活动学时按所播放课件的总时长计算，出席的党员计入相应学时（活动学时之后仍可在活动中修改）。`}
      </DialogContentText>
      <FormControlLabel
        control={<Switch checked={remoteOnly} onChange={(event) => setRemoteOnly(event.target.checked)} />}
        label="只列出远程教育活动"
      />
      {activities.length === 0 ? (
        <DialogContentText>还没有活动。请先在“活动”中登记一次远程教育活动。</DialogContentText>
      ) : (
        <TextField
          select
          label="活动"
          value={activityId}
          onChange={(event) => setActivityId(event.target.value)}
          sx={{ mt: 1 }}
        >
          {shown.map((activity) => (
            <MenuItem key={activity.id} value={activity.id}>
              {activity.date} {activity.title}（{types.get(activity.typeId) ?? '活动'}，
              {activityStatusLabels[activity.status]}）
            </MenuItem>
          ))}
        </TextField>
      )}
    </FormDialog>
  );
}
