import {
  Button,
  Chip,
  InputAdornment,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteLecturer, lessonCountsOf, saveLecturer } from '../../db/repositories/lecturer-repository';
import type { Lecturer } from '../../domain/entities/lecturer';
import { audienceLabels } from '../../domain/entities/lecturer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LecturerDialog } from './LecturerDialog';
import { LecturerLessonsDialog } from './LecturerLessonsDialog';
import { useActiveMembers, useLecturers } from './use-resource-data';

function matches(lecturer: Lecturer, query: string): boolean {
  if (query === '') return true;
  return [lecturer.name, lecturer.unit ?? '', lecturer.title ?? '', ...lecturer.subjects].some((text) =>
    text.includes(query),
  );
}

export function LecturersTab() {
  const db = useDatabase();
  const notify = useNotify();
  const lecturers = useLecturers();
  const members = useActiveMembers();
  const lecturerIds = lecturers.map((lecturer) => lecturer.id).join(',');
  const lessonCounts = useLiveQuery(
    () => lessonCountsOf(db, lecturerIds === '' ? [] : lecturerIds.split(',')),
    [db, lecturerIds],
  );
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Lecturer | null | undefined>(undefined);
  const [history, setHistory] = useState<Lecturer | null>(null);
  const [deleting, setDeleting] = useState<Lecturer | null>(null);
  const shown = lecturers.filter((lecturer) => matches(lecturer, query.trim()));

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setEditing(null)}>
          添加讲师
        </Button>
        <TextField
          sx={{ maxWidth: 360 }}
          placeholder="按姓名、单位、专题查找"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          slotProps={{
            htmlInput: { 'aria-label': '查找讲师' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined />
                </InputAdornment>
              ),
            },
          }}
        />
        <Typography color="text.secondary">共 {lecturers.length} 位讲师</Typography>
      </Stack>
      {lecturers.length === 0 ? (
        <Typography color="text.secondary">
          还没有讲师。可以把支部书记、退休教师、区委党校讲师等登记在这里，并注明他们擅长的专题和适合的对象。
        </Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="讲师列表">
            <TableHead>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>单位 / 职务</TableCell>
                <TableCell>擅长专题</TableCell>
                <TableCell>适合对象</TableCell>
                <TableCell>电话</TableCell>
                <TableCell>授课</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((lecturer) => (
                <TableRow key={lecturer.id}>
                  <TableCell>
                    {lecturer.name}
                    {lecturer.memberId === undefined ? null : <Chip size="small" label="本社区党员" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{[lecturer.unit, lecturer.title].filter(Boolean).join(' · ')}</TableCell>
                  <TableCell>{lecturer.subjects.join('、')}</TableCell>
                  <TableCell>
                    {lecturer.audiences.map((audience) => (
                      <Chip key={audience} size="small" label={audienceLabels[audience]} sx={{ mr: 0.5, mb: 0.5 }} />
                    ))}
                  </TableCell>
                  <TableCell>{lecturer.phone ?? ''}</TableCell>
                  <TableCell>{lessonCounts?.get(lecturer.id) ?? 0} 次</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setHistory(lecturer)}>
                      授课记录
                    </Button>
                    <Button size="small" onClick={() => setEditing(lecturer)}>
                      编辑
                    </Button>
                    <Button size="small" color="error" onClick={() => setDeleting(lecturer)}>
                      删除
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing === undefined ? null : (
        <LecturerDialog
          lecturer={editing}
          members={members}
          onClose={() => setEditing(undefined)}
          onSave={async (fields) => {
            try {
              await saveLecturer(db, fields, editing?.id);
              notify.success(`讲师“${fields.name}”已保存`);
              setEditing(undefined);
            } catch (error) {
              notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
            }
          }}
        />
      )}
      {history === null ? null : <LecturerLessonsDialog lecturer={history} onClose={() => setHistory(null)} />}
      {deleting === null ? null : (
        <ConfirmDialog
          title="删除讲师"
          message={`删除“${deleting.name}”后，TA 不再出现在讲师列表中；已举行活动中的主讲人和授课记录保持不变。`}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            deleteLecturer(db, deleting.id)
              .then(() => notify.success(`已删除讲师“${deleting.name}”`))
              .catch((error: unknown) => notify.error(error));
            setDeleting(null);
          }}
        />
      )}
    </Stack>
  );
}
