import { Box, Button, Grid, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveMinutes } from '../../db/repositories/activity-repository';
import type { Activity, Attendance } from '../../domain/entities/activity';
import { attendanceStatusLabels, attendeeCategoryLabels } from '../../domain/entities/activity';
import { countAttendance } from '../../domain/rules/attendance-counts';
import type { VotesDraft } from './VotesEditor';
import { parseVotes, VotesEditor, votesDraftOf } from './VotesEditor';
import { formatStamp } from '../../domain/entities/dates';
import { DraftOffer } from '../../ui/DraftOffer';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useLocalDraft } from '../../ui/use-local-draft';

/** 会议记录: the recorder's four fields; counts and absentees come from the attendance, never retyped. */
export function MinutesForm({ activity, rows }: { activity: Activity; rows: readonly Attendance[] }) {
  const db = useDatabase();
  const notify = useNotify();
  const walkIns = rows.filter((row) => !row.expected && row.memberId === undefined);
  const [form, setForm] = useState({
    topics: activity.minutes?.topics ?? activity.content ?? '',
    speechPoints: activity.minutes?.speechPoints ?? '',
    resolutions: activity.minutes?.resolutions ?? '',
    nonVotingAttendees:
      activity.minutes?.nonVotingAttendees ??
      walkIns.map((row) => `${row.personName}（${attendeeCategoryLabels[row.personCategory]}）`).join('、'),
  });
  const [saved, setSaved] = useState(form);
  const [saving, setSaving] = useState(false);
  const [votes, setVotes] = useState<VotesDraft | null>(() => votesDraftOf(activity.minutes?.voting));
  const parsedVotes = votes === null ? null : parseVotes(votes);
  const dirty = (Object.keys(form) as (keyof typeof form)[]).some((key) => form[key] !== saved[key]);
  const draft = useLocalDraft(`draft:minutes:${activity.id}`, form, dirty);
  const counts = countAttendance(rows);
  const absentees = rows.filter((row) => row.expected && (row.status === 'leave' || row.status === 'absent'));
  const time = [activity.date, [activity.startTime, activity.endTime].filter(Boolean).join('—')]
    .filter(Boolean)
    .join(' ');
  const facts: [string, string][] = [
    ['时间', time],
    ['地点', activity.place ?? ''],
    ['主持人', activity.hostName ?? ''],
    ['记录人', activity.recorderName ?? ''],
    [
      '应到 / 实到',
      `应到 ${counts.expected} 人，实到 ${counts.attended} 人（其中临时参加 ${counts.walkIns} 人），请假 ${counts.leave} 人，缺席 ${counts.absent} 人`,
    ],
    [
      '缺席人员及原因',
      absentees.length === 0
        ? '无'
        : absentees
            .map(
              (row) =>
                `${row.personName}（${attendanceStatusLabels[row.status]}${row.reason === undefined ? '' : `：${row.reason}`}）`,
            )
            .join('、'),
    ],
  ];
  const fields: { key: keyof typeof form; label: string; rows: number }[] = [
    { key: 'topics', label: '议题', rows: 3 },
    { key: 'speechPoints', label: '发言要点', rows: 8 },
    { key: 'resolutions', label: '决议 / 表决结果', rows: 3 },
    { key: 'nonVotingAttendees', label: '列席人员', rows: 1 },
  ];
  return (
    <Stack spacing={2}>
      <LeaveGuard when={dirty} />
      <DraftOffer
        draft={draft.offered}
        onRestore={(value) => {
          setForm(value);
          draft.settle();
        }}
        onDiscard={() => {
          draft.clear();
          draft.settle();
        }}
      />
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', rowGap: 0.5, m: 0 }}
        data-testid="minutes-facts"
      >
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value === '' ? '—' : value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Grid container spacing={2}>
        {fields.map((field) => (
          <Grid key={field.key} size={{ xs: 12 }}>
            <TextField
              label={field.label}
              multiline={field.rows > 1}
              minRows={field.rows}
              value={form[field.key]}
              onChange={(event) => setForm((previous) => ({ ...previous, [field.key]: event.target.value }))}
            />
          </Grid>
        ))}
      </Grid>
      <VotesEditor
        draft={votes}
        onChange={setVotes}
        suggested={{ expected: counts.expected, present: counts.attended - counts.walkIns }}
      />
      <Box>
        <Button
          variant="contained"
          disabled={saving || parsedVotes?.success === false}
          onClick={() => {
            setSaving(true);
            const written = form;
            saveMinutes(db, activity.id, {
              ...written,
              ...(parsedVotes?.success === true ? { voting: parsedVotes.data } : {}),
            })
              .then(() => {
                setSaved(written);
                draft.clear();
                notify.success('会议记录已保存');
              })
              .catch((error: unknown) => notify.error(error, '会议记录保存失败，请重试；内容仍在页面上。'))
              .finally(() => setSaving(false));
          }}
        >
          保存会议记录
        </Button>
        {activity.minutes === undefined ? null : (
          <Typography component="span" color="text.secondary" sx={{ ml: 2 }}>
            上次保存：{formatStamp(activity.minutes.updatedAt)}
          </Typography>
        )}
      </Box>
    </Stack>
  );
}
