import {
  Alert,
  Button,
  Chip,
  MenuItem,
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
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { CoursewareFields } from '../../db/repositories/courseware-repository';
import { deleteCourseware, importCourseware, updateCourseware } from '../../db/repositories/courseware-repository';
import type { Courseware, CoursewareKind } from '../../domain/entities/courseware';
import { coursewareKindLabels, coursewareKinds, coursewareThemes } from '../../domain/entities/courseware';
import type { AudienceKey } from '../../domain/entities/lecturer';
import { audienceKeys, audienceLabels } from '../../domain/entities/lecturer';
import {
  COURSEWARE_EXTENSIONS,
  MAX_COURSEWARE_BYTES,
  coursewareFileProblem,
  coursewareKindOf,
  formatDuration,
  formatFileSize,
  mimeTypeOf,
} from '../../domain/rules/courseware-file';
import { getPlatform } from '../../platform/api';
import { AttachToActivityDialog } from './AttachToActivityDialog';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { PendingFile } from './CoursewareDialog';
import { CoursewareDialog } from './CoursewareDialog';
import { CoursewarePlayerDialog } from './CoursewarePlayerDialog';
import { SelfStudyDialog } from './SelfStudyDialog';
import { useCourseware } from './use-resource-data';

type Editing = { courseware: Courseware | null; pending: PendingFile | null };
type Acting = { action: 'play' | 'attach' | 'self-study' | 'delete'; courseware: Courseware };

function matches(item: Courseware, query: string, kind: string, theme: string, audience: string): boolean {
  if (kind !== '' && item.kind !== kind) return false;
  if (theme !== '' && !item.themes.includes(theme)) return false;
  if (audience !== '' && !item.audiences.includes(audience as AudienceKey)) return false;
  if (query === '') return true;
  return [item.title, item.source ?? '', item.note ?? '', item.fileName ?? '', ...item.themes].some((text) =>
    text.includes(query),
  );
}

export function CoursewareTab() {
  const db = useDatabase();
  const notify = useNotify();
  const items = useCourseware();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [theme, setTheme] = useState('');
  const [audience, setAudience] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [acting, setActing] = useState<Acting | null>(null);
  const themes = [...new Set([...coursewareThemes, ...(items ?? []).flatMap((item) => item.themes)])];
  const shown = (items ?? []).filter((item) => matches(item, query.trim(), kind, theme, audience));

  const chooseFile = async () => {
    try {
      const file = await getPlatform().importFile(
        [{ name: '课件（视频、音频、PDF、幻灯片、Word）', extensions: COURSEWARE_EXTENSIONS }],
        MAX_COURSEWARE_BYTES,
      );
      if (file === null) return;
      const problem = coursewareFileProblem(file.name, file.size);
      const fileKind = coursewareKindOf(file.name);
      if (problem !== null || fileKind === null) {
        notify.error(problem ?? '不支持的文件类型。');
        return;
      }
      setEditing({
        courseware: null,
        pending: { file, kind: fileKind, ...(file.blob === undefined ? {} : { blob: file.blob }) },
      });
    } catch (error) {
      notify.error(error, '无法读取该文件：文件可能已损坏或已被移走。');
    }
  };

  const save = async (fields: CoursewareFields) => {
    if (editing === null) return;
    try {
      if (editing.courseware !== null) {
        await updateCourseware(db, editing.courseware.id, fields);
      } else {
        const file = editing.pending?.file;
        await importCourseware(
          db,
          fields,
          file === undefined
            ? null
            : {
                name: file.name,
                mimeType:
                  file.blob?.type !== undefined && file.blob.type !== '' ? file.blob.type : mimeTypeOf(file.name),
                size: file.size,
                ...(file.blob === undefined ? {} : { blob: file.blob }),
                ...(file.storedPath === undefined ? {} : { storedPath: file.storedPath }),
              },
        );
      }
      notify.success(`课件“${fields.title}”已保存`);
      setEditing(null);
    } catch (error) {
      notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={() => void chooseFile()}>
          导入课件文件
        </Button>
        <Button onClick={() => setEditing({ courseware: null, pending: null })}>登记课件（无文件）</Button>
        <Typography color="text.secondary">
          可导入视频、音频、PDF、幻灯片和 Word 文件，单个文件不超过 {formatFileSize(MAX_COURSEWARE_BYTES)}。
        </Typography>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          sx={{ maxWidth: 280 }}
          placeholder="按标题、来源、标签查找"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          slotProps={{ htmlInput: { 'aria-label': '查找课件' } }}
        />
        <TextField
          select
          sx={{ width: 160 }}
          label="类型"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          <MenuItem value="">全部类型</MenuItem>
          {coursewareKinds.map((option: CoursewareKind) => (
            <MenuItem key={option} value={option}>
              {coursewareKindLabels[option]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          sx={{ width: 160 }}
          label="主题"
          value={theme}
          onChange={(event) => setTheme(event.target.value)}
        >
          <MenuItem value="">全部主题</MenuItem>
          {themes.map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          sx={{ width: 220 }}
          label="适合对象"
          value={audience}
          onChange={(event) => setAudience(event.target.value)}
        >
          <MenuItem value="">全部对象</MenuItem>
          {audienceKeys.map((option) => (
            <MenuItem key={option} value={option}>
              {audienceLabels[option]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {items !== undefined && items.length === 0 ? (
        <Alert severity="info">课件库还是空的。可从 U 盘或远程教育终端导入视频、音频、PDF 等学习资料。</Alert>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="课件列表">
            <TableHead>
              <TableRow>
                <TableCell>标题</TableCell>
                <TableCell>类型</TableCell>
                <TableCell>主题</TableCell>
                <TableCell>适合对象</TableCell>
                <TableCell>时长</TableCell>
                <TableCell>大小</TableCell>
                <TableCell>来源</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>{item.title}</TableCell>
                  <TableCell>{coursewareKindLabels[item.kind]}</TableCell>
                  <TableCell>
                    {item.themes.map((tag) => (
                      <Chip key={tag} size="small" label={tag} sx={{ mr: 0.5, mb: 0.5 }} />
                    ))}
                  </TableCell>
                  <TableCell>{item.audiences.map((key) => audienceLabels[key]).join('、')}</TableCell>
                  <TableCell>{formatDuration(item.durationSeconds)}</TableCell>
                  <TableCell>{item.size === undefined ? '无文件' : formatFileSize(item.size)}</TableCell>
                  <TableCell>{item.source ?? ''}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      disabled={item.fileId === undefined}
                      onClick={() => setActing({ action: 'play', courseware: item })}
                    >
                      {item.kind === 'video' || item.kind === 'audio' ? '播放' : '打开'}
                    </Button>
                    <Button size="small" onClick={() => setActing({ action: 'attach', courseware: item })}>
                      用于活动
                    </Button>
                    <Button size="small" onClick={() => setActing({ action: 'self-study', courseware: item })}>
                      自学登记
                    </Button>
                    <Button size="small" onClick={() => setEditing({ courseware: item, pending: null })}>
                      编辑
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => setActing({ action: 'delete', courseware: item })}
                    >
                      删除
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing === null ? null : (
        <CoursewareDialog
          courseware={editing.courseware}
          pending={editing.pending}
          onClose={() => setEditing(null)}
          onSave={save}
        />
      )}
      {acting?.action === 'play' ? (
        <CoursewarePlayerDialog courseware={acting.courseware} onClose={() => setActing(null)} />
      ) : null}
      {acting?.action === 'attach' ? (
        <AttachToActivityDialog courseware={acting.courseware} onClose={() => setActing(null)} />
      ) : null}
      {acting?.action === 'self-study' ? (
        <SelfStudyDialog courseware={acting.courseware} onClose={() => setActing(null)} />
      ) : null}
      {acting?.action === 'delete' ? (
        <ConfirmDialog
          title="删除课件"
          message={`删除“${acting.courseware.title}”后，它不再出现在课件库中；播放过它的活动仍保留其材料和学时。`}
          onCancel={() => setActing(null)}
          onConfirm={() => {
            const { courseware } = acting;
            deleteCourseware(db, courseware.id)
              .then(() => notify.success(`已删除课件“${courseware.title}”`))
              .catch((error: unknown) => notify.error(error));
            setActing(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
