import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { ActivityDocumentKind } from './activity-actions';
import { MissingFieldsError, saveActivityDocument } from './activity-actions';

/**
 * 生成通知 / 导出签到表 Word / 导出会议记录 Word / 打印会议记录 (preview) for one activity: on the document centre, and meant for
 * the activity's detail page too.
 */
export function ActivityDocumentButtons({ activityId, lesson }: { activityId: string; lesson: boolean }) {
  const db = useDatabase();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const save = (kind: ActivityDocumentKind) => {
    setBusy(true);
    saveActivityDocument(db, activityId, kind)
      .then((saved) => {
        if (saved !== null) notify.success(`已保存“${saved.name}”`);
      })
      .catch((error: unknown) => {
        if (error instanceof MissingFieldsError) notify.warning(error.message);
        else notify.error(error, '生成失败，请重试。');
      })
      .finally(() => setBusy(false));
  };
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button variant="contained" component={RouterLink} to={`/documents/notice/${activityId}`}>
        {lesson ? '生成党课通知' : '生成会议通知'}
      </Button>
      <Button variant="outlined" disabled={busy} onClick={() => save('sign-in')}>
        导出签到表 Word
      </Button>
      <Button variant="outlined" disabled={busy} onClick={() => save('minutes')}>
        导出会议记录 Word
      </Button>
      <Button variant="outlined" component={RouterLink} to={`/documents/minutes/${activityId}`}>
        打印会议记录
      </Button>
    </Stack>
  );
}
