import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { updateCourseware } from '../../db/repositories/courseware-repository';
import type { StoredFile } from '../../domain/entities/activity';
import type { Courseware } from '../../domain/entities/courseware';
import { fileExtension, formatDuration, isPlayableInApp } from '../../domain/rules/courseware-file';
import { getPlatform } from '../../platform/api';
import { loadStoredFile, storedFileBlob } from './media';

type Loaded =
  { state: 'loading' } | { state: 'ready'; file: StoredFile; url: string } | { state: 'failed'; message: string };

/**
 * Plays or shows a courseware inside the app: the built-in player for common audio and video, the
 * PDF viewer for PDFs; other formats open with the system's application (Electron) or download.
 */
export function CoursewarePlayerDialog({ courseware, onClose }: { courseware: Courseware; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [reported, setReported] = useState<number | null>(null);
  const fileId = courseware.fileId;

  useEffect(() => {
    if (fileId === undefined) return;
    let url: string | undefined;
    let live = true;
    loadStoredFile(db, fileId)
      .then(async (file) => {
        const blob = await storedFileBlob(file);
        if (!live) return;
        url = URL.createObjectURL(blob);
        setLoaded({ state: 'ready', file, url });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ state: 'failed', message: error instanceof Error ? error.message : '无法读取该文件。' });
      });
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [db, fileId]);

  const onMetadata = (seconds: number) => {
    if (!Number.isFinite(seconds)) return;
    setReported(seconds);
    if (courseware.durationSeconds === undefined) {
      updateCourseware(db, courseware.id, { durationSeconds: Math.round(seconds) }).catch(() => undefined);
    }
  };

  const openOutside = async (file: StoredFile) => {
    const platform = getPlatform();
    try {
      if (platform.canOpenWithSystem && file.storedPath !== undefined) {
        await platform.openWithSystem(file.storedPath);
      } else {
        const blob = await storedFileBlob(file);
        await platform.saveFile(new Uint8Array(await blob.arrayBuffer()), file.name, [
          { name: '课件', extensions: [fileExtension(file.name) || '*'] },
        ]);
      }
    } catch (error) {
      notify.error(error, '无法打开该文件。');
    }
  };

  const name = loaded.state === 'ready' ? loaded.file.name : (courseware.fileName ?? '');
  const playable = isPlayableInApp(name);

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth>
      <DialogTitle>{courseware.title}</DialogTitle>
      <DialogContent>
        {fileId === undefined ? (
          <Alert severity="info">这条课件只登记了信息，没有导入文件。</Alert>
        ) : loaded.state === 'loading' ? (
          <CircularProgress aria-label="正在读取文件" />
        ) : loaded.state === 'failed' ? (
          <Alert severity="error">{loaded.message}</Alert>
        ) : courseware.kind === 'video' && playable ? (
          <video
            src={loaded.url}
            controls
            preload="metadata"
            data-testid="courseware-player"
            style={{ width: '100%', maxHeight: '70vh', background: '#000' }}
            onLoadedMetadata={(event) => onMetadata(event.currentTarget.duration)}
          />
        ) : courseware.kind === 'audio' && playable ? (
          <audio
            src={loaded.url}
            controls
            preload="metadata"
            data-testid="courseware-player"
            style={{ width: '100%' }}
            onLoadedMetadata={(event) => onMetadata(event.currentTarget.duration)}
          />
        ) : courseware.kind === 'pdf' ? (
          <Box
            component="iframe"
            src={loaded.url}
            title={`${courseware.title}（PDF）`}
            data-testid="courseware-pdf"
            sx={{ width: '100%', height: '75vh', border: 1, borderColor: 'divider' }}
          />
        ) : (
          <Alert severity="info">
            “{loaded.file.name}”的格式不能在程序内
            {courseware.kind === 'video' || courseware.kind === 'audio' ? '播放' : '显示'}，
            {getPlatform().canOpenWithSystem ? '请用电脑上的系统程序打开。' : '请下载后用电脑上的程序打开。'}
          </Alert>
        )}
        {reported === null ? null : (
          <Typography sx={{ mt: 1 }} data-testid="player-duration">
            播放器读出的时长：{formatDuration(reported)}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        {loaded.state === 'ready' ? (
          <Button onClick={() => void openOutside(loaded.file)}>
            {getPlatform().canOpenWithSystem && loaded.file.storedPath !== undefined ? '用系统程序打开' : '下载文件'}
          </Button>
        ) : null}
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
