import { Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteStudyEntry, restoreStudyEntry } from '../../db/repositories/study-entry-repository';
import type { StudyEntry } from '../../domain/entities/study-record';
import { studyEntrySourceLabels } from '../../domain/entities/study-record';
import { StudyEntryDialog } from './StudyEntryDialog';

/** Every self-study, remote-education, training and elsewhere entry of the year; add, edit, delete. */
export function StudyEntriesTable({
  memberId,
  year,
  entries,
  defaultDate,
}: {
  memberId: string;
  year: number;
  entries: StudyEntry[];
  defaultDate: string;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [editing, setEditing] = useState<StudyEntry | 'new' | null>(null);
  const [lastDeleted, setLastDeleted] = useState<string | null>(null);
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Button variant="contained" onClick={() => setEditing('new')}>
          添加学习记录
        </Button>
        {lastDeleted === null ? null : (
          <Button
            onClick={() => {
              restoreStudyEntry(db, lastDeleted).then(
                () => setLastDeleted(null),
                (error: unknown) => notify.error(error),
              );
            }}
          >
            撤销删除
          </Button>
        )}
      </Stack>
      {entries.length === 0 ? (
        <Typography color="text.secondary">{year}年暂无自学、远程教育或培训记录。</Typography>
      ) : (
        <Table size="small" aria-label="学习记录">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>类别</TableCell>
              <TableCell>学习内容</TableCell>
              <TableCell>形式</TableCell>
              <TableCell align="right">学时</TableCell>
              <TableCell>证明</TableCell>
              <TableCell className="no-print">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.date}</TableCell>
                <TableCell>{studyEntrySourceLabels[entry.source]}</TableCell>
                <TableCell>{entry.content}</TableCell>
                <TableCell>{entry.form ?? ''}</TableCell>
                <TableCell align="right">{entry.hours}</TableCell>
                <TableCell>{entry.evidenceFileId === undefined ? '' : '有'}</TableCell>
                <TableCell className="no-print">
                  <IconButton aria-label={`修改 ${entry.content}`} onClick={() => setEditing(entry)}>
                    <EditOutlined />
                  </IconButton>
                  <IconButton
                    aria-label={`删除 ${entry.content}`}
                    onClick={() => {
                      deleteStudyEntry(db, entry.id).then(
                        () => {
                          setLastDeleted(entry.id);
                          notify.info('已删除（可撤销，记录在回收站中保留）');
                        },
                        (error: unknown) => notify.error(error),
                      );
                    }}
                  >
                    <DeleteOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing === null ? null : (
        <StudyEntryDialog
          memberId={memberId}
          {...(editing === 'new' ? {} : { entry: editing })}
          defaultDate={defaultDate}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
