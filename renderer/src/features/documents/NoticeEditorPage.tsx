import { Alert, Box, Button, Checkbox, FormControlLabel, Grid, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { MissingRecordAlert } from './MissingRecordAlert';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveNoticeDraft } from '../../db/repositories/activity-repository';
import { getDocumentTemplates } from '../../db/repositories/document-settings-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { nowIso } from '../../db/records';
import type { ActivityContext } from '../../documents/activity-documents';
import {
  defaultNoticeDraft,
  documentFileName,
  isPartyLesson,
  noticeDataFromDraft,
  noticeProblems,
  subjectHeading,
  LESSON_CONTENT_HEADING,
} from '../../documents/activity-documents';
import { todayIso } from '../../domain/entities/dates';
import type { DocumentTemplateSettings, NoticeDraft } from '../../domain/entities/document-settings';
import { noticeDraftSchema } from '../../domain/entities/document-settings';
import type { OfficeSettings } from '../../domain/entities/settings';
import { getPlatform } from '../../platform/api';
import { loadBuilders, WORD_FILTERS } from './load-documents';
import { NoticePreview } from './NoticePreview';
import { PrintStyles } from './PrintStyles';
import { rememberSavedFile } from '../../db/repositories/recent-files-repository';
import { useActivityContext } from './use-activity-context';
import { DateField } from '../../ui/DateField';
import { DraftOffer } from '../../ui/DraftOffer';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useLocalDraft } from '../../ui/use-local-draft';

type TextKey = Exclude<keyof NoticeDraft, 'issuerMark' | 'updatedAt'>;

function fields(typeName: string): { key: TextKey; label: string; rows?: number; width?: number; type?: string }[] {
  const lesson = isPartyLesson(typeName);
  // 学习内容 is a section of its own in a 党课通知, so the sections after it move down one number.
  const [participants, requirements] = lesson ? ['五', '六'] : ['四', '五'];
  return [
    { key: 'title', label: '标题' },
    { key: 'addressee', label: '主送' },
    { key: 'purpose', label: '开头（目的、依据）', rows: 3 },
    { key: 'time', label: '一、时间', width: 6 },
    { key: 'place', label: '二、地点', width: 6 },
    { key: 'subject', label: `三、${subjectHeading(typeName)}${lesson ? '' : '（每行一项）'}`, rows: 2 },
    ...(lesson
      ? [{ key: 'content' as const, label: `四、${LESSON_CONTENT_HEADING}（每行一项，可不填）`, rows: 3 }]
      : []),
    { key: 'participants', label: `${participants}、参加人员` },
    { key: 'requirements', label: `${requirements}、有关要求（每行一条）`, rows: 4 },
    { key: 'contactPerson', label: '联系人', width: 6 },
    { key: 'contactPhone', label: '联系电话', width: 6 },
    { key: 'issuer', label: '落款（发文单位）', width: 8 },
    { key: 'date', label: '成文日期', width: 4, type: 'date' },
  ];
}

function Editor({
  context,
  office,
  templates,
}: {
  context: ActivityContext;
  office: OfficeSettings;
  templates: DocumentTemplateSettings;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const { activity, typeName } = context;
  const defaults = () => defaultNoticeDraft(context, office, templates, todayIso());
  const [saved, setSaved] = useState<NoticeDraft>(() => activity.noticeDraft ?? defaults());
  const [draft, setDraft] = useState<NoticeDraft>(saved);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify({ ...draft, updatedAt: '' }) !== JSON.stringify({ ...saved, updatedAt: '' });
  const localDraft = useLocalDraft(`draft:notice:${activity.id}`, draft, dirty);
  const [attempted, setAttempted] = useState(false);
  const problems = noticeProblems(draft);
  const data = noticeDataFromDraft(draft, typeName);
  const kind = isPartyLesson(typeName) ? '党课通知' : '会议通知';

  const save = async () => {
    setAttempted(true);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const kept = noticeDraftSchema.parse({ ...draft, updatedAt: nowIso() });
      // The office's wording stays with the activity, so the next notice starts from it.
      await saveNoticeDraft(db, activity.id, kept, nowIso());
      setSaved(kept);
      localDraft.clear();
      const { buildNotice } = await loadBuilders();
      const bytes = await buildNotice(data);
      const name = documentFileName(kind, activity.date, activity.title);
      const saved = await getPlatform().saveFile(bytes, name, WORD_FILTERS);
      if (saved !== null) {
        await rememberSavedFile(db, { name: saved.name, path: saved.path, kind });
        notify.success(`已保存“${saved.name}”`);
      }
    } catch (error) {
      notify.error(error, '保存失败，请重试；填写的内容仍在表单中。');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
      <Stack spacing={2} className="no-print" sx={{ flex: 1, minWidth: 0, maxWidth: 720 }}>
        <LeaveGuard when={dirty} />
        <DraftOffer
          draft={localDraft.offered}
          onRestore={(value) => {
            setDraft(value);
            localDraft.settle();
          }}
          onDiscard={() => {
            localDraft.clear();
            localDraft.settle();
          }}
        />
        {attempted && problems.length > 0 ? (
          <Alert severity="error">{`还缺：${problems.join('、')}。请补上后再保存。`}</Alert>
        ) : problems.length > 0 ? (
          <Alert severity="warning">{`通知还缺：${problems.join('、')}。`}</Alert>
        ) : null}
        <Grid container spacing={2}>
          {fields(typeName).map((field) => (
            <Grid key={field.key} size={{ xs: 12, md: field.width ?? 12 }}>
              {field.type === 'date' ? (
                <DateField
                  label={field.label}
                  name={field.key}
                  value={draft[field.key] ?? ''}
                  error={attempted && problems.some((problem) => field.label.includes(problem.replace(/（.*）/, '')))}
                  onChange={(value) => setDraft((previous) => ({ ...previous, [field.key]: value }))}
                />
              ) : (
                <TextField
                  label={field.label}
                  name={field.key}
                  value={draft[field.key] ?? ''}
                  multiline={field.rows !== undefined}
                  minRows={field.rows}
                  error={attempted && problems.some((problem) => field.label.includes(problem.replace(/（.*）/, '')))}
                  onChange={(event) => setDraft((previous) => ({ ...previous, [field.key]: event.target.value }))}
                />
              )}
            </Grid>
          ))}
        </Grid>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.issuerMark}
              onChange={(event) => setDraft((previous) => ({ ...previous, issuerMark: event.target.checked }))}
            />
          }
          label="印红色发文机关标志"
        />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" disabled={saving} onClick={() => void save()}>
            保存为 Word
          </Button>
          <Button
            variant="outlined"
            onClick={() => {
              getPlatform()
                .printPage()
                .catch((error: unknown) => notify.error(error, '打印失败，请重试'));
            }}
          >
            打印
          </Button>
          <Button onClick={() => setDraft(defaults())}>恢复为默认内容</Button>
        </Box>
      </Stack>
      <Box sx={{ flex: 1, minWidth: 0, overflowX: 'auto' }}>
        <Typography variant="subtitle2" color="text.secondary" className="no-print" sx={{ mb: 1 }}>
          预览（与打印、Word 版式一致）
        </Typography>
        <NoticePreview data={data} />
      </Box>
    </Stack>
  );
}

export default function NoticeEditorPage() {
  const { activityId = '' } = useParams();
  const db = useDatabase();
  const context = useActivityContext(activityId);
  const office = useLiveQuery(() => getOfficeSettings(db), [db]);
  const templates = useLiveQuery(() => getDocumentTemplates(db), [db]);
  if (context === undefined || office === undefined || templates === undefined) return null;
  if (context === null) {
    return <MissingRecordAlert message="找不到这项活动，可能已被删除。" backTo="/documents" backLabel="返回文书中心" />;
  }
  return (
    <Stack spacing={2}>
      <PrintStyles pageNumbers />
      <Typography variant="h5" component="h1" className="no-print">
        {`${isPartyLesson(context.typeName) ? '党课通知' : '会议通知'}：${context.activity.title}`}
      </Typography>
      {/* Keyed by activity so switching activities starts from that activity's own draft. */}
      <Editor key={context.activity.id} context={context} office={office} templates={templates} />
    </Stack>
  );
}
