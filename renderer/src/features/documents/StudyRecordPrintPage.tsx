import { Box, Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { MissingRecordAlert } from './MissingRecordAlert';
import { pastYears, YearPicker } from '../../ui/YearPicker';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { PrintButtons } from '../../ui/PrintButtons';
import { studyRecordSheet } from '../../documents/study-record-sheet';
import { todayIso } from '../../domain/entities/dates';
import { getPlatform } from '../../platform/api';
import { loadStudyRecordPress, WORD_FILTERS } from './load-documents';
import { loadStudyRecord } from './load-study-record';
import { PrintStyles } from './PrintStyles';
import { rememberSavedFile } from '../../db/repositories/recent-files-repository';
import { safeName } from './study-record-batch';
import { StudyRecordPreview } from './StudyRecordPreview';

/** /documents/study-record/:memberId?year=2026 — one member's yearly sheet: preview, print, PDF or Word. */
export default function StudyRecordPrintPage() {
  const { memberId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const db = useDatabase();
  const notify = useNotify();
  const currentYear = Number(todayIso().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 1920 && asked <= currentYear ? asked : currentYear;
  const loaded = useLiveQuery(() => loadStudyRecord(db, memberId, year), [db, memberId, year]);
  const sheet = useMemo(() => (loaded ? studyRecordSheet(loaded.data) : null), [loaded]);
  const [saving, setSaving] = useState(false);

  if (loaded === null) {
    return <MissingRecordAlert message="找不到这名党员，可能已被删除。" backTo="/archive" backLabel="返回学习档案" />;
  }
  if (loaded === undefined || sheet === null) return null;
  const fileName = `${safeName(loaded.member.name)}-${year}年度学习记录表`;
  const saveWord = () => {
    setSaving(true);
    loadStudyRecordPress()
      .then(async (press) => {
        const saved = await getPlatform().saveFile(press.single(loaded.data), `${fileName}.docx`, WORD_FILTERS);
        if (saved === null) return;
        await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: '学习记录表' });
        notify.success(`已保存“${saved.name}”`);
      })
      .catch((error: unknown) => notify.error(error, '保存失败，请重试。'))
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
          {`学习记录表：${loaded.member.name}`}
        </Typography>
        <YearPicker
          size="small"
          width={120}
          value={year}
          onChange={(next) => setParams({ year: String(next) }, { replace: true })}
          years={pastYears(currentYear)}
        />
        <Typography color="text.secondary">{`共 ${sheet.rows.length} 条，合计 ${sheet.total} 学时`}</Typography>
        <PrintButtons pdfName={`${fileName}.pdf`} />
        <Button variant="outlined" disabled={saving} onClick={saveWord}>
          保存为 Word
        </Button>
        <Button component={RouterLink} to={`/archive/member/${loaded.member.id}`}>
          返回学习档案
        </Button>
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <StudyRecordPreview sheet={sheet} />
      </Box>
    </Stack>
  );
}
