import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { MissingRecordAlert } from './MissingRecordAlert';
import { useDatabase } from '../../app/database-context';
import { getActivityAttendance } from '../../db/repositories/activity-repository';
import { useNotify } from '../../app/notifications';
import { PrintButtons } from '../../ui/PrintButtons';
import { activityProblems, minutesFromActivity } from '../../documents/activity-documents';
import { minutesSheet } from '../../documents/minutes-sheet';
import { MissingFieldsError, saveActivityDocument } from './activity-actions';
import { MinutesPreview } from './MinutesPreview';
import { PrintStyles } from './PrintStyles';
import { useActivityContext } from './use-activity-context';

/** /documents/minutes/:activityId — the 会议记录 of one activity: preview, print, PDF or Word. */
export default function MinutesPrintPage() {
  const { activityId = '' } = useParams();
  const db = useDatabase();
  const notify = useNotify();
  const context = useActivityContext(activityId);
  const attendance = useLiveQuery(() => getActivityAttendance(db, activityId), [db, activityId]);
  const sheet = useMemo(
    () => (context && attendance ? minutesSheet(minutesFromActivity(context, attendance)) : null),
    [context, attendance],
  );
  const [saving, setSaving] = useState(false);

  if (context === null) {
    return <MissingRecordAlert message="找不到这项活动，可能已被删除。" backTo="/documents" backLabel="返回文书中心" />;
  }
  if (context === undefined || sheet === null) return null;
  const { activity } = context;
  const problems = activityProblems(activity);
  const saveWord = () => {
    setSaving(true);
    saveActivityDocument(db, activity.id, 'minutes')
      .then((saved) => {
        if (saved !== null) notify.success(`已保存“${saved.name}”`);
      })
      .catch((error: unknown) => {
        if (error instanceof MissingFieldsError) notify.warning(error.message);
        else notify.error(error, '生成失败，请重试。');
      })
      .finally(() => setSaving(false));
  };
  return (
    <Stack spacing={2}>
      <PrintStyles pageNumbers />
      <Stack
        className="no-print"
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      >
        <Typography variant="h5" component="h1">
          {`会议记录：${activity.title}`}
        </Typography>
        <PrintButtons pdfName={`${sheet.title}.pdf`} />
        <Button variant="outlined" disabled={saving} onClick={saveWord}>
          保存为 Word
        </Button>
        <Button component={RouterLink} to={`/activities/${activity.id}`}>
          返回活动
        </Button>
      </Stack>
      {problems.length > 0 ? (
        <Alert severity="warning" className="no-print">
          {`活动还缺：${problems.join('、')}。打印出来这些位置会是空白，可先在活动里补上。`}
        </Alert>
      ) : null}
      {activity.minutes === undefined ? (
        <Alert severity="info" className="no-print">
          这次活动还没有填写会议记录：议题、发言要点、决议将印为“（未填写）”。可在活动的“会议记录”页填写后再打印。
        </Alert>
      ) : null}
      <Box sx={{ overflowX: 'auto' }}>
        <MinutesPreview sheet={sheet} />
      </Box>
    </Stack>
  );
}
