import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { lecturerLessons, setLessonFeedback } from '../../db/repositories/lecturer-repository';
import { activityStatusLabels } from '../../domain/entities/activity';
import type { Lecturer } from '../../domain/entities/lecturer';

const SCORES = [1, 2, 3, 4, 5];

/** The lessons a lecturer gave (activities naming them) with the members' feedback score of each. */
export function LecturerLessonsDialog({ lecturer, onClose }: { lecturer: Lecturer; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const lessons = useLiveQuery(() => lecturerLessons(db, lecturer.id), [db, lecturer.id]);
  const scored = (lessons ?? []).flatMap((lesson) => (lesson.feedback === undefined ? [] : [lesson.feedback.score]));
  const average = scored.length === 0 ? null : scored.reduce((sum, score) => sum + score, 0) / scored.length;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{lecturer.name} 的授课记录</DialogTitle>
      <DialogContent>
        {lessons !== undefined && lessons.length === 0 ? (
          <Typography color="text.secondary">
            还没有授课记录。在“活动”中登记党课等活动时选择这位讲师，授课记录就会出现在这里。
          </Typography>
        ) : (
          <>
            <Typography sx={{ mb: 1 }}>
              共 {lessons?.length ?? 0} 次授课{average === null ? '' : `，党员评价平均 ${average.toFixed(1)} 分`}
            </Typography>
            <Table size="small" aria-label="授课记录">
              <TableHead>
                <TableRow>
                  <TableCell>日期</TableCell>
                  <TableCell>主题</TableCell>
                  <TableCell>状态</TableCell>
                  <TableCell>党员评价（1–5 分）</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(lessons ?? []).map(({ activity, feedback }) => (
                  <TableRow key={activity.id}>
                    <TableCell>{activity.date}</TableCell>
                    <TableCell>{activity.title}</TableCell>
                    <TableCell>{activityStatusLabels[activity.status]}</TableCell>
                    <TableCell sx={{ width: 180 }}>
                      <TextField
                        select
                        size="small"
                        value={feedback === undefined ? '' : String(feedback.score)}
                        slotProps={{ htmlInput: { 'aria-label': `${activity.title} 的评价` } }}
                        onChange={(event) => {
                          const score = event.target.value === '' ? null : Number(event.target.value);
                          setLessonFeedback(db, lecturer.id, activity.id, score).catch((error: unknown) =>
                            notify.error(error, '评价未能保存，请重试。'),
                          );
                        }}
                      >
                        <MenuItem value="">未评价</MenuItem>
                        {SCORES.map((score) => (
                          <MenuItem key={score} value={String(score)}>
                            {score} 分
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
